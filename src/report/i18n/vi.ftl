# Thông điệp của dtm bằng tiếng Việt. Khóa và biến phải khớp với en.ftl (xem src/report/i18n.rs).

## Dòng đầu tiên của mọi bảng và bản Markdown

summary-criteria = Bộ tiêu chí { $id } { $version }
summary-period = kỳ { $period }
summary-communes = { $count } xã
summary-level-count = { $level }: { $count }
summary-separator = {" · "}

## Từ dùng chung

common-commune = xã
common-rank = xếp hạng
common-overall = điểm tổng hợp
common-level = mức độ
common-coverage = độ đầy đủ dữ liệu
common-pillar = trụ cột
common-indicator = chỉ số
common-score = điểm
common-missing = –
common-yes = có
common-no = không
common-legend = Cột:
summary-unscored = chưa đủ dữ liệu: { $count }

## dtm score

score-header-overall = tổng hợp
score-header-coverage = độ phủ
score-unknown-column = --columns '{ $column }' không phải là một cột; hãy chọn trong: { $choices }
score-no-match = không có xã nào khớp với bộ lọc

## Tìm xã, cột và giá trị (report/names.rs)

names-did-you-mean = {" "}(có phải ý bạn là '{ $suggestion }'?)
names-unknown = không có xã nào có mã hoặc tên '{ $wanted }'{ $hint }
names-ambiguous = '{ $wanted }' là tên của { $count } xã; hãy ghi mã của một xã:
    { $list }
names-unknown-node = --by '{ $id }' không phải là mã của trụ cột, nhóm hay chỉ số{ $hint }
names-unknown-group = { $count ->
    [0] '{ $column }' không phải là cột phân nhóm; bộ tiêu chí không có cột phân nhóm nào{ $hint }
   *[other] '{ $column }' không phải là cột phân nhóm; các cột phân nhóm là: { $columns }{ $hint }
}
names-no-value = không có xã nào có { $column } = '{ $value }'; các giá trị hiện có: { $values }

## dtm profile

profile-standing = Điểm tổng hợp { $score } — { $level } (mức độ { $number }/{ $count })
profile-standing-unscored = Điểm tổng hợp – (chưa đủ dữ liệu để tính điểm)
profile-rank = xếp hạng { $rank }/{ $total }
profile-rank-in = xếp hạng { $rank }/{ $total } trong { $group }
profile-coverage = độ đầy đủ dữ liệu { $percent }
profile-section-pillars = Trụ cột
profile-section-indicators = Chỉ số
profile-section-gaps = Khoảng cách đến mức tiếp theo
profile-section-quality = Chất lượng dữ liệu
profile-header-raw = giá trị
profile-header-unit = đơn vị
profile-header-weight = trọng số
profile-header-gain = mức tăng

## Khoảng cách và lộ trình lên mức tiếp theo (report/profile/gaps.rs)

gap-largest = Mức tăng lớn nhất: { $id } (+{ $gain } điểm khi đạt tối đa); { $count } chỉ số còn có thể tăng, { $at_best } chỉ số đã đạt tối đa.
gap-top = Đã ở mức cao nhất ({ $level }).
gap-unscored = Chưa có điểm tổng hợp nên chưa có lộ trình lên mức tiếp theo; cần báo cáo thêm chỉ số trước.
gap-unreachable = Không thể đạt { $level } (từ { $min }): kể cả khi mọi chỉ số đạt tối đa, điểm tổng hợp chỉ là { $best }.
gap-needs-points = cần thêm { $points } điểm
gap-needs-pillar = trụ cột yếu nhất phải tăng ({ $pillars })
gap-and = {" "}và{" "}
gap-fewest = ít cải thiện nhất
gap-short = một lộ trình ngắn (chưa chứng minh là ít nhất)
gap-path = Để đạt { $level } ({ $min }), { $needs }; { $how }, { $count } bước:
gap-after = Điểm tổng hợp sau đó: { $score }.
gap-step = { $id }: { $raw } → { $target } (điểm { $from } → { $to }, +{ $gain })

## Mục tiêu và giá trị thiếu (report/words.rs)

target-label = '{ $label }' trở lên
target-higher = cao hơn
target-lower = thấp hơn
target-relative = { $way }; tùy thuộc vào các xã khác
target-relative-about = { $way }; tùy thuộc vào các xã khác (hiện khoảng { $hint })
treatment-imputed-group = ước tính { $score }, trung bình của { $donors } xã trong { $group }
treatment-imputed = ước tính { $score }, trung bình của { $donors } xã
treatment-zeroed = tính 0 điểm
treatment-dropped = bỏ qua; trọng số còn lại được chuẩn hóa lại
treatment-no-donor = bỏ qua; không có xã nào có giá trị để ước tính

## dtm compare

compare-relative = bộ tiêu chí dùng thang đo tương đối ({ $indicators }): điểm của các chỉ số này phụ thuộc vào các xã khác ở mỗi kỳ, nên không so sánh được mức thay đổi
compare-summary = Thay đổi từ { $before } đến { $after }: { $matched } xã có ở cả hai kỳ; điểm tổng hợp thay đổi trung bình { $mean }; { $improved } xã tăng, { $declined } xã giảm; { $up } xã lên mức độ, { $down } xã xuống mức độ.
compare-pillars = Thay đổi trung bình theo trụ cột: { $pillars }.
compare-warning = Lưu ý: { $warning }.
compare-section-changes = Các xã, theo mức thay đổi điểm tổng hợp
compare-section-only = Chỉ có ở { $side }
compare-before = trước
compare-after = sau
compare-change = thay đổi

## Lưu ý về dữ liệu được chấm điểm (report/notes.rs)

common-note-synthetic = Lưu ý: dữ liệu giả lập — { $count }/{ $total } đơn vị được chấm điểm có giá trị do máy tạo ra (cột 'synthetic' ghi có); không trích dẫn như số liệu thật.
common-note-synthetic-one = Lưu ý: dữ liệu giả lập — giá trị của đơn vị này do máy tạo ra (cột 'synthetic' ghi có); không trích dẫn như số liệu thật.
common-note-unranked = Lưu ý: { $count } đơn vị không có điểm tổng hợp, mức độ và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked); các đơn vị này ở cuối danh sách.
common-note-unranked-one = Lưu ý: đơn vị này không có điểm tổng hợp, mức độ và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked).

## dtm report: tiêu đề, chú thích và tên cột

report-title = Báo cáo mức độ chuyển đổi số
report-contents = Mục lục
report-summary = Tóm tắt
report-ranking = Xếp hạng
report-ranking-caption = Các xã theo điểm tổng hợp, kèm điểm từng trụ cột
report-heatmap = Xã × trụ cột
report-heatmap-intro = Mỗi ô là điểm từ 0 đến 100; màu càng đậm điểm càng cao. Ô gạch chéo là chưa có điểm.
report-heatmap-caption = Điểm theo xã và trụ cột
report-no-score = chưa có điểm
report-levels = Mức độ chuyển đổi số
report-levels-chart = Số xã ở mỗi mức độ
report-levels-caption = Số xã đạt từng mức độ
report-levels-by = Mức độ theo
report-distribution = phân bố
report-pilot = Đề xuất thí điểm và lộ trình nhân rộng
report-pilot-picks = Các xã được đề xuất thí điểm
report-pilot-runners-up = Các xã kế tiếp
report-why = lý do
report-why-not = lý do chưa chọn
report-waves = Các đợt triển khai
report-wave = đợt
report-mean-score = điểm trung bình
report-groups-touched = nhóm
report-unscheduled = Chưa xếp đợt
report-changes = Thay đổi so với kỳ trước
report-changes-caption = Các xã có ở cả hai kỳ, theo mức thay đổi điểm tổng hợp
report-change = thay đổi
report-profiles = Hồ sơ từng xã
report-pillars = Trụ cột
report-path = Con đường ngắn nhất đến mức tiếp theo
report-gaps = Khoảng cách lớn nhất: số điểm tổng hợp có thể tăng thêm
report-now = hiện tại
report-target = mục tiêu
report-gain = tăng thêm
report-value = giá trị
report-quality = Chất lượng dữ liệu
report-treatment = cách xử lý
report-method = Phương pháp
report-tree-caption = Cây tiêu chí và trọng số
report-node = trụ cột, nhóm hoặc chỉ tiêu
report-weight = trọng số
report-effective-weight = tỷ trọng trong chỉ số
report-scale = thang điểm
report-rule = quy tắc
report-meaning = ý nghĩa
report-rank = hạng
report-commune = xã
report-communes = số xã
report-overall = điểm tổng hợp
report-level = mức độ
report-coverage = độ đầy đủ dữ liệu
report-from-score = từ điểm
report-share = tỷ lệ
report-unranked = chưa xếp mức
report-indicator = chỉ tiêu
report-pillar = trụ cột
report-score = điểm
report-footer = Báo cáo được lập bằng dtm từ dữ liệu khảo sát và bộ tiêu chí nêu trên. Điểm, thứ hạng và mức độ có thể tái lập với cùng các tệp này.
report-sheet-ranking = Xếp hạng
report-sheet-pillars = Trụ cột
report-sheet-indicators = Chỉ tiêu
report-sheet-gaps = Khoảng cách
report-sheet-pilot = Thí điểm
report-sheet-quality = Chất lượng dữ liệu
report-sheet-method = Phương pháp
report-id = mã
report-kind = loại
report-figure-communes = xã được chấm điểm
report-figure-mean = điểm tổng hợp trung bình
report-figure-top = đạt mức { $level } trở lên
report-figure-pilots = xã đề xuất thí điểm
report-summary-scored = { $count } xã được chấm điểm theo { $criteria }, kỳ { $period }.
report-summary-levels = Theo mức độ: { $levels }.
report-summary-unscored = { $count } xã chưa đủ số liệu để tính điểm tổng hợp; các xã này được liệt kê cuối, không xếp hạng.
report-summary-pillars = Trụ cột mạnh nhất là { $strongest } (trung bình { $strong } điểm); yếu nhất là { $weakest } (trung bình { $weak } điểm).
report-summary-change = So với kỳ { $from }: { $improved } xã tăng điểm, { $declined } xã giảm điểm; { $up } xã lên mức, { $down } xã xuống mức; điểm tổng hợp trung bình thay đổi { $delta }.
report-summary-pilots = Đề xuất thí điểm: { $names }.
report-profiles-all = Có hồ sơ của tất cả các xã.
report-profiles-some = Hồ sơ của { $count } xã: các xã xếp hạng cao nhất, thấp nhất và các xã thí điểm. Dùng --profiles all để có hồ sơ mọi xã.
report-path-top = Đã ở mức cao nhất.
report-path-unscored = Chưa có điểm tổng hợp: cần báo cáo thêm chỉ tiêu.
report-path-unreachable = Kể cả khi mọi chỉ tiêu đạt tối đa vẫn chưa đạt mức { $level }.
report-path-steps = Để đạt mức { $level } (từ { $min } điểm), { $count } cải thiện dưới đây là ít nhất cần làm.
report-unscored-note = chưa chấm điểm: thiếu số liệu
report-rank-of = hạng { $rank }/{ $total }
report-quality-lenient = giá trị không đọc được '{ $value }' được coi là thiếu (--lenient)
report-quality-none = Không có giá trị nào phải ước tính, tính bằng 0, bỏ qua hoặc coi là thiếu.
report-quality-some = { $imputed } giá trị được ước tính, { $zeroed } tính bằng 0, { $dropped } bỏ qua, { $lenient } giá trị không đọc được coi là thiếu.
report-method-arithmetic = Mỗi trụ cột và nhóm là trung bình cộng có trọng số của các thành phần; điểm tổng hợp là trung bình có trọng số của các trụ cột.
report-method-geometric = Mỗi trụ cột và nhóm là trung bình nhân có trọng số của các thành phần (mỗi điểm tối thiểu là 1, để một điểm 0 không xoá cả nhóm).
report-method-renormalize = Giá trị thiếu được bỏ qua và trọng số của các chỉ tiêu cùng nhóm được chuẩn hoá lại.
report-method-zero = Giá trị thiếu được tính 0 điểm: không báo cáo là chưa đạt.
report-method-impute = Giá trị thiếu được thay bằng điểm trung bình của các xã cùng huyện, nếu không có thì của toàn tỉnh.
report-method-coverage = Mỗi nhóm cần số liệu cho ít nhất { $coverage } % trọng số, nếu không sẽ không có điểm.
report-method-level-score = Mức độ của xã là mức của điểm tổng hợp.
report-method-level-weakest = Mức độ của xã là mức của điểm tổng hợp, nhưng không cao hơn mức của trụ cột yếu nhất.
report-method-ranks = Thứ hạng theo điểm tổng hợp; các điểm chênh nhau dưới 1e-9 cùng hạng. Trọng số trong cây là tỷ trọng trong nhóm cha; tỷ trọng trong chỉ số là tích các trọng số trên đường đi.
report-rule-arithmetic = trung bình cộng
report-rule-geometric = trung bình nhân
report-rule-renormalize = thiếu: bỏ qua
report-rule-zero = thiếu: 0 điểm
report-rule-impute = thiếu: trung bình huyện

## dtm pilot: tiêu đề bảng và mục (các câu nằm trong report/pilot/words.rs)

pilot-pick = chọn
pilot-reason = lý do
pilot-wave = đợt
pilot-order = thứ tự
pilot-pilots = Xã thí điểm
pilot-passed-over = Không được chọn
pilot-unscheduled = chưa xếp đợt
pilot-note = Lưu ý

## dtm rollup và --microdata (cli/rollup.rs, cli/microdata.rs)

rollup-summary = đã tổng hợp { $rows } dòng dữ liệu vi mô '{ $name }' thành { $communes } xã
rollup-progress = { $rows } dòng, { $rate } dòng/giây
rollup-lenient = --lenient đã coi { $count } giá trị dữ liệu vi mô không đọc được là thiếu:
rollup-more = … và { $count } mục nữa không hiển thị
rollup-clash = chỉ số '{ $measure }' của tổng hợp '{ $rollup }' trùng tên với cột '{ $measure }' của tệp khảo sát '{ $file }'; bỏ một trong hai, hoặc chọn bằng --prefer microdata hay --prefer survey (hoặc `prefer:` trong tổng hợp của bộ tiêu chí)
rollup-clash-several = { $count } chỉ số của tổng hợp '{ $rollup }' trùng tên với cột của tệp khảo sát '{ $file }': { $measures }; đổi tên hoặc bỏ chúng ở một bên, hoặc chọn bằng --prefer microdata hay --prefer survey (hoặc `prefer:` trong tổng hợp của bộ tiêu chí)
rollup-preferred-microdata = { $count ->
    [1] cột
   *[other] các cột
} { $measures } lấy từ dữ liệu vi mô (--prefer microdata); giá trị của khảo sát không được dùng
rollup-preferred-survey = { $count ->
    [1] cột
   *[other] các cột
} { $measures } lấy từ khảo sát (--prefer survey); chỉ số dữ liệu vi mô không được dùng
rollup-preferred-microdata-criteria = { $count ->
    [1] cột
   *[other] các cột
} { $measures } lấy từ dữ liệu vi mô (`prefer: microdata` trong tổng hợp '{ $rollup }' của bộ tiêu chí); giá trị của khảo sát không được dùng
rollup-preferred-survey-criteria = { $count ->
    [1] cột
   *[other] các cột
} { $measures } lấy từ khảo sát (`prefer: survey` trong tổng hợp '{ $rollup }' của bộ tiêu chí); chỉ số dữ liệu vi mô không được dùng
rollup-uncovered = chất lượng dữ liệu: { $count } xã trong khảo sát không có dòng nào trong dữ liệu vi mô '{ $rollup }' nên các chỉ số này bị thiếu: { $listed }
rollup-unmatched = { $rows } dòng dữ liệu vi mô '{ $rollup }' thuộc { $keys } mã không khớp xã nào của khảo sát nên không được ghép:
rollup-unmatched-key = mã '{ $key }': { $rows } dòng
rollup-unmatched-key-period = mã '{ $key }' ({ $period }): { $rows } dòng
rollup-unknown = bộ tiêu chí không có tổng hợp nào tên '{ $name }'; các tổng hợp hiện có: { $known }
rollup-choose = bộ tiêu chí có nhiều tổng hợp; chọn một bằng --rollup TÊN: { $known }
rollup-none = bộ tiêu chí không có phần 'rollups:' nào để tổng hợp
rollup-invalid = dữ liệu vi mô có { $count } lỗi; chưa tổng hợp được gì

## dtm sensitivity (report/sensitivity.rs, cli/sensitivity.rs)

sensitivity-rank = xếp hạng
sensitivity-commune = xã
sensitivity-header-score = điểm
sensitivity-header-mean = điểm TB
sensitivity-header-score-band = điểm 5–95 %
sensitivity-header-median-rank = hạng trung vị
sensitivity-header-rank-band = hạng 5–95 %
sensitivity-header-in-top = trong top { $top }
sensitivity-varied-weights = trọng số ±{ $percent } %
sensitivity-varied-aggregation = cách tổng hợp
sensitivity-varied-missing = cách xử lý dữ liệu thiếu
sensitivity-varied-nothing = không thay đổi gì
sensitivity-summary = { $runs } lần lặp, hạt giống { $seed }; thay đổi: { $varied }; xếp hạng theo { $by }.
sensitivity-overall = điểm tổng hợp
sensitivity-correlation = Tương quan hạng với xếp hạng gốc (Spearman): trung bình { $mean }, thấp nhất { $min }; 95 % số lần lặp từ { $low } trở lên.
sensitivity-most-stable = Ổn định nhất: { $names }.
sensitivity-least-stable = Kém ổn định nhất: { $names }.
sensitivity-seed-note = hạt giống { $seed } (--seed S để lặp lại hoặc đổi)
sensitivity-progress = lần lặp
sensitivity-interrupted = đã dừng sau { $done } trên { $runs } lần lặp; không ghi gì ra
sensitivity-robust-header = độ vững: trong top { $top }

## dtm template (report/template.rs)

template-id-label = Mã đơn vị (bắt buộc, không trùng)
template-name-label = Tên đơn vị
template-period-label = Kỳ khảo sát (bắt buộc)
template-yes = có
template-no = không
template-data-sheet = Dữ liệu
template-guide-sheet = Hướng dẫn
template-lists-sheet = Danh sách
template-group-district = Huyện (trước 1/7/2025)
template-group-former-district = Huyện cũ
template-group-kind = Loại: xã, phường hoặc thị trấn
template-group-other = Nhóm: { $group }
template-from-rollup = có thể tính từ dữ liệu hộ: dtm score --microdata { $rollup }=TỆP
template-rule-range = số từ { $low } đến { $high }
template-rule-number = một số
template-invalid = Cột '{ $header }' nhận { $rule }.
template-guide-column = Cột
template-guide-what = Nội dung
template-guide-unit = Đơn vị
template-guide-values = Giá trị hợp lệ
template-guide-pillar = Trụ cột
template-guide-source = Nguồn
template-instruction-rows = Nhập một dòng cho mỗi đơn vị (và mỗi kỳ khảo sát) ở trang '{ $sheet }'.
template-instruction-header = Không sửa dòng tiêu đề thứ nhất: dtm đọc đúng các tên cột này.
template-instruction-guide = Dòng thứ hai (bắt đầu bằng #) chỉ để hướng dẫn; dtm tự bỏ qua, có thể giữ hoặc xoá.
template-instruction-empty = Ô để trống là thiếu số liệu; không ghi 0 khi không có số liệu.
template-instruction-numbers = Số có thể dùng dấu phẩy thập phân (85,5) và dấu % (85,5%).
template-instruction-yes-no = Có/không: ghi 'có' hoặc 'không' (hoặc yes/no, 1/0).
template-instruction-check = Kiểm tra tệp đã điền: dtm check --data TỆP; chấm điểm: dtm score TỆP.
template-made-for = Mẫu thu thập số liệu: { $title } ({ $id })
template-made-for-version = Mẫu thu thập số liệu: { $title } ({ $id } { $version })

## dtm pilot: cụm từ có số đếm (report/pilot/words.rs)

pilot-asked = cần { $count } xã thí điểm
pilot-wave-line = Đợt { $number }: { $members } xã, điểm trung bình { $mean }{ $touches }
pilot-unscheduled-count = { $count } xã không còn chỗ trong các đợt và chưa được xếp đợt.
## Crosswalks: restated scores (dtm score/profile/compare --crosswalk, dtm crosswalk)

crosswalk-note = Điểm được tính lại trên { $units } đơn vị hành chính mới từ { $old } đơn vị cũ theo bảng chuyển đổi { $map }.
crosswalk-label = tính lại theo { $map }
crosswalk-from = Tính lại từ
crosswalk-absent = Đơn vị cũ không có trong dữ liệu
crosswalk-partial = { $units } đơn vị mới chỉ được tính lại từ một phần đơn vị cũ: dữ liệu thiếu { $old } đơn vị cũ mà bảng chuyển đổi gộp vào các đơn vị này (liệt kê trong JSON và hồ sơ)
crosswalk-straddle = { $before } và { $after } nằm ở hai phía của đợt sắp xếp đơn vị hành chính ngày 1/7/2025, và các đơn vị mới dùng lại mã của đơn vị cũ: so khớp theo mã có thể so một xã cũ với cả một đơn vị đã sáp nhập. Hãy tính lại kỳ trước bằng --crosswalk vn-2025 (hoặc bảng chuyển đổi của bạn)
crosswalk-summary = bảng chuyển đổi { $map }: { $rows } dòng; đơn vị cũ { $old } → đơn vị mới { $new }; đơn vị cũ bị chia tách: { $split }; đơn vị mới không có đơn vị cũ: { $none }

## dtm pilot --robust: how often each commune is in the top N under sensitivity replications

robust-top-share = trong top { $count }
robust-rule = Độ vững: tỷ lệ trong { $runs } lần lặp (trọng số ±{ $weights } %, hạt giống { $seed }) mà xã nằm trong top { $count }.

## dtm report --sensitivity: the robustness section

sensitivity-report-title = Độ vững của xếp hạng
sensitivity-report-intro = Các xã được chấm điểm lại { $runs } lần (hạt giống { $seed }) với { $varied }. Mỗi thanh trải trên các hạng mà xã đạt được trong 90 % số lần lặp (5–95 %); dấu chấm là hạng theo trọng số của bộ tiêu chí, vạch nhỏ là hạng trung vị. Cột cuối cho biết xã nằm trong top { $count } bao nhiêu lần.
sensitivity-report-chart = Khoảng hạng (5–95 %) của các xã xếp hạng cao nhất khi trọng số thay đổi
sensitivity-report-shown = Hiển thị { $count } xã xếp hạng cao nhất trong { $total } xã có hạng; bảng tính liệt kê tất cả.
sensitivity-report-shown-all = Hiển thị tất cả { $total } xã có hạng.
sensitivity-report-rank = hạng
sensitivity-report-commune = xã
sensitivity-report-median = hạng trung vị
sensitivity-report-interval = hạng 5–95 %
sensitivity-report-top = trong top { $count }
sensitivity-report-score = điểm 5–95 %
sensitivity-report-sheet = Độ vững

## pilot
## Câu chữ của dtm pilot: lý do, lưu ý, dòng điều kiện, các đợt và lỗi.

pilot-subject-coverage = độ phủ
pilot-subject-level = mức độ
pilot-subject-overall = điểm tổng hợp
pilot-gate = { $name } { $op } { $value }
pilot-shown = { $name } { $value }
pilot-shown-unscored = { $name } chưa có điểm
pilot-shown-level = { $name } { $number } ({ $level })
pilot-shown-no-level = chưa xếp mức
pilot-passes = { $shown } { $op } { $value }
pilot-how-cover-target = { $value } gần mức { $target } nhất
pilot-how-cover-best = { $value } tốt nhất
pilot-how-cover-outside = { $value } tốt nhất ngoài các { $column } đã có xã được chọn
pilot-how-best = điểm cao nhất
pilot-how-next = điểm cao kế tiếp
pilot-how-closest = gần mức { $target } nhất: còn thiếu { $shortfall } điểm
pilot-standing-rank = hạng { $rank }
pilot-standing = điểm tổng hợp { $overall }, hạng { $rank }
pilot-place-only = xã duy nhất được chọn ở { $value }
pilot-place-first = xã đầu tiên trong { $total } xã được chọn ở { $value }
pilot-place-nth = xã thứ { $nth }/{ $total } ở { $value }: mọi { $column } còn ứng viên đã có { $before } xã
pilot-path-top = đã ở mức cao nhất ({ $level })
pilot-path-unscored = chưa có điểm tổng hợp nên chưa có lộ trình
pilot-path-unreachable = không thể đạt { $level } kể cả khi mọi chỉ tiêu đạt tối đa
pilot-path = để đạt { $level }: { $steps }
pilot-passed-unscored = chưa có điểm tổng hợp
pilot-passed-excluded = bị loại trừ (--exclude)
pilot-passed-piloted = đã thí điểm
pilot-passed-gate = không đạt điều kiện { $gate } ({ $shown })
pilot-passed-same-spread = cùng { $column } với { $pick } ({ $value })
pilot-passed-covered = nhóm { $value } đã có { $pick }
pilot-passed-covered-full = nhóm { $value } đã có { $pick }, và các suất còn lại đã dành cho các xã xếp trước
pilot-passed-cannot-cover = { $count } xã thí điểm không đủ cho mọi { $column }, và { $value } tốt nhất xếp sau các xã đã chọn
pilot-passed-all-chosen = đã chọn đủ { $count } xã thí điểm
pilot-note-fewer = chỉ { $candidates }/{ $communes } xã là ứng viên; cần { $asked } xã
pilot-note-cannot-cover = { $count } xã thí điểm không đủ cho mọi { $column }: thiếu { $left_out }
pilot-note-uncovered = không xã nào thuộc { $column } { $value } là ứng viên nên không có xã được chọn
pilot-note-removed = không là ứng viên: { $parts }
pilot-removed-excluded = { $count } xã bị loại trừ
pilot-removed-piloted = { $count } xã đã thí điểm
pilot-target-asked = --target
pilot-target-pilots = mức của các xã đã thí điểm
pilot-target-ready = mức của xã sẵn sàng nhất
pilot-rule-replicate = nhân rộng: các xã dưới mức { $level } ({ $from }), gần nhất trước
pilot-rule-gates = điều kiện: { $gates }
pilot-rule-spread = phân bổ theo { $column }
pilot-rule-cover = mỗi { $column } ít nhất một xã
pilot-rule-candidates = { $candidates }/{ $communes } xã là ứng viên
pilot-order-readiness = sẵn sàng nhất trước
pilot-order-need = yếu nhất trước
pilot-waves-title = Các đợt triển khai (tối đa { $per_wave } xã mỗi đợt, { $order })
pilot-waves-title-capped = Các đợt triển khai (tối đa { $per_wave } xã mỗi đợt, { $order }, tối đa { $count } xã mỗi { $column })
pilot-wave-touches = ; { $count } { $column }: { $values }{ $more }
pilot-wave-more = {" "}và { $count } nơi khác
pilot-waves-empty = Yêu cầu { $asked } đợt; mọi xã đã vừa { $built } đợt đầu nên các đợt còn lại trống.
pilot-none = không có
pilot-error-unknown-gate = điều kiện '{ $gate }' nêu '{ $name }', không phải { $builtin }, một trụ cột hay một cột nhóm (trụ cột: { $pillars }; nhóm: { $groups }){ $hint }
pilot-error-text-for-number = điều kiện '{ $gate }' so sánh một số với chữ; hãy cho một số
pilot-error-unknown-level = '{ $text }' không phải một mức; các mức là: { $levels }
pilot-error-out-of-range = điều kiện '{ $gate }': { $name } chỉ từ { $low } đến { $high }
pilot-error-unknown-value = điều kiện '{ $gate }': không xã nào có { $name } '{ $value }'; các giá trị là: { $values }{ $hint }
pilot-error-unknown-column = { $option } '{ $column }' không phải cột nhóm; các cột nhóm của bộ tiêu chí là: { $known }{ $hint }
pilot-error-unknown-commune = { $at }--exclude: không có xã nào có mã hay tên '{ $text }'{ $hint }
pilot-error-ambiguous = { $at }--exclude: '{ $text }' ứng với { $count } xã; hãy dùng mã: { $ids }
pilot-error-not-yes-no = xã '{ $id }': { $column } là '{ $value }'; hãy ghi có hoặc không (yes/no, 1/0, hoặc để trống)
pilot-error-no-candidates = không xã nào trong { $total } xã là ứng viên: { $parts }
pilot-error-gate-excluded = '{ $gate }' loại { $count } xã
pilot-error-removed = { $count } xã bị loại trừ hoặc đã thí điểm
pilot-error-unscored = { $count } xã chưa có điểm tổng hợp
pilot-error-below-target = chỉ xét các xã dưới mức { $level }
pilot-error-no-scores = không xã nào có điểm tổng hợp nên không thể chọn
pilot-count-over-per-wave = --count { $count } vượt quá --per-wave { $per_wave }; đợt 1 gồm các xã thí điểm
pilot-target-needs-replicate = --target đi cùng --mode replicate, không dùng với --mode ready
pilot-per-group-needs-spread = --per-group-wave cần một cột --spread (hoặc pilot.spread của bộ tiêu chí)

## compare

compare-periods-mixed = các kỳ { $periods } được ghi theo nhiều dạng khác nhau nên không xác định được hai kỳ gần nhất; hãy nêu chúng bằng --from và --to
compare-periods-none = dữ liệu không có cột kỳ; so sánh cần hai kỳ, hoặc hai tệp OLD NEW
compare-periods-one = dữ liệu chỉ có kỳ { $periods }; so sánh cần hai kỳ, hoặc hai tệp OLD NEW
compare-one-of-from-to = hãy nêu cả --from và --to, hoặc không nêu cả hai (hai kỳ gần nhất)

## report

report-group-district = quận/huyện
report-group-former-district = huyện cũ
report-group-kind = loại
report-kind-pillar = trụ cột
report-kind-group = nhóm
report-kind-indicator = chỉ tiêu
report-changes-all = Toàn bộ { $total } xã có ở cả hai kỳ, theo mức thay đổi điểm tổng hợp.
report-changes-ends = { $top } xã có { $high } về điểm tổng hợp và { $bottom } xã có { $low }, trong số { $total } xã có ở cả hai kỳ.
report-changes-largest-rises = mức tăng lớn nhất
report-changes-smallest-falls = mức giảm nhỏ nhất
report-changes-highest = mức thay đổi cao nhất
report-changes-largest-falls = mức giảm lớn nhất
report-changes-smallest-rises = mức tăng nhỏ nhất
report-changes-lowest = mức thay đổi thấp nhất

## errors and findings

finding-error = lỗi
finding-warning = cảnh báo
finding-at = {" "}(tại { $path })
finding-choices = { $first } hoặc { $last }
finding-data-given = đây là tệp dữ liệu khảo sát (.{ $extension }), không phải bộ tiêu chí; để kiểm tra dữ liệu theo bộ tiêu chí, hãy chạy 'dtm check CRITERIA --data { $file }'
finding-constant = chỉ số '{ $id }': cả { $count } xã có cùng một giá trị, nên thang điểm tương đối cho mọi xã 100 điểm; chỉ số này không phân biệt được các xã
finding-constant-in-period = chỉ số '{ $id }': cả { $count } xã trong kỳ { $period } có cùng một giá trị, nên thang điểm tương đối cho mọi xã 100 điểm; chỉ số này không phân biệt được các xã
finding-cell = cột '{ $column }': '{ $value }' { $reason }
cell-thousands = không phải là số: không dùng dấu phân cách hàng nghìn (viết 1234.5, không viết 1,234.5 hay 1.234,5)
cell-comma-delimiter = không phải là số: tệp này dùng dấu phẩy để phân cách cột, nên phần thập phân phải dùng dấu chấm (85.5); không dùng dấu phân cách hàng nghìn
cell-not-finite = không phải là số hữu hạn (NaN, vô cùng hoặc quá lớn)
cell-not-a-number = không phải là số
cell-not-yes-no = không phải câu trả lời có/không (có: { $yes }; không: { $no })
cell-not-a-category = không thuộc các loại: { $labels }
cell-out-of-range = nằm ngoài khoảng giá trị của chỉ số [{ $low }, { $high }]
finding-short-row = dòng này có { $fields } trường nhưng dòng tiêu đề có { $width }; hãy thêm các trường còn thiếu (để trống cũng được){ $hint }
finding-long-row = dòng này có giá trị ở { $fields } trường nhưng dòng tiêu đề chỉ có { $width } cột; hãy kiểm tra dấu phân cách không nằm trong ngoặc kép{ $hint }
finding-row-spans-lines = ; một trường của dòng này kéo dài qua nhiều dòng: có dấu ngoặc kép nào chưa đóng không?
finding-empty-id = cột '{ $column }': dòng này không có mã xã
finding-empty-period = cột '{ $column }': dòng của '{ $id }' không có kỳ
finding-invisible-character = cột '{ $column }': '{ $value }' chứa ký tự ẩn { $character }, nên khi in ra sẽ trông như một giá trị khác; hãy xóa ký tự đó
finding-look-alike-period = cột '{ $column }': kỳ '{ $one }' (lần đầu tại { $file }:{ $line }) và '{ $other }' là hai cách viết của cùng một kỳ; hãy viết thống nhất một cách
finding-duplicate-id = cột '{ $column }': mã xã '{ $id }' xuất hiện hai lần: lần đầu tại { $file }:{ $line }, lặp lại ở đây; mã xã phải là duy nhất
finding-duplicate-id-in-period = cột '{ $column }': mã xã '{ $id }' xuất hiện hai lần trong kỳ '{ $period }': lần đầu tại { $file }:{ $line }, lặp lại ở đây; mã xã phải là duy nhất
finding-invisible-column = cột '{ $column }' của dòng tiêu đề chứa ký tự ẩn { $character }; hãy xóa ký tự đó để tên cột đúng như khi nhìn thấy
finding-duplicate-column = dòng tiêu đề có cột '{ $column }' nhiều hơn một lần; hãy đổi tên hoặc xóa bớt một cột
finding-header-missing = tệp này thiếu cột '{ $column }' của '{ $first }'; các tệp đọc cùng nhau phải có cùng các cột
finding-header-extra = cột '{ $column }' không có trong '{ $first }'; các tệp đọc cùng nhau phải có cùng các cột
finding-spreadsheet-as-csv = đây là bảng tính (XLSX, XLS hoặc ODS), không phải văn bản CSV; hãy đặt đúng phần mở rộng .xlsx, .xls hoặc .ods cho tệp
finding-not-utf8-legacy = tệp không phải văn bản UTF-8 hợp lệ; nếu đây là tệp xuất từ phần mềm cũ dùng bảng mã tiếng Việt, hãy đọc với --encoding windows-1258 (hoặc lưu lại dưới dạng UTF-8)
finding-not-utf8 = tệp không phải văn bản UTF-8 hợp lệ
finding-not-encoding = tệp không phải văn bản { $encoding } hợp lệ; hãy kiểm tra --encoding
finding-nul = tệp chứa ký tự NUL: có thể là UTF-16 không có dấu BOM; hãy lưu lại dưới dạng UTF-8 hoặc đọc với --encoding utf-16le
finding-csv-unparsable = không phân tích được tệp CSV: { $error }
finding-no-header = tệp trống: không có dòng tiêu đề
finding-row-too-long = dòng chứa { $bytes } byte văn bản, quá mức 4 GiB cho một dòng; có dấu ngoặc kép nào chưa đóng không?

## microdata rows and headers (rollup/)

cell-negative-weight = là trọng số âm; trọng số phải từ 0 trở lên
finding-microdata-no-key = cột '{ $column }': dòng này không có khóa
finding-microdata-short-row = dòng này có { $fields } trường nhưng dòng tiêu đề có { $width }; dòng cuối bị cắt cụt, hoặc thiếu trường (để trống cũng được)
finding-microdata-missing-column = dữ liệu vi mô không có cột '{ $column }' ({ $role }, thuộc tổng hợp '{ $rollup }'); dòng tiêu đề có: { $listed }
rollup-role-key = cột khóa
rollup-role-weight = cột trọng số
rollup-role-measure = cột mà chỉ số '{ $measure }' đọc
finding-microdata-period-mismatch = có tệp dữ liệu vi mô có cột kỳ '{ $column }' và có tệp không có; hãy cho mọi tệp cùng các cột
finding-csv-header-unparsable = không phân tích được dòng tiêu đề CSV: { $error }
finding-header-not-utf8 = dòng tiêu đề không phải văn bản UTF-8 hợp lệ; nếu đây là tệp xuất từ phần mềm cũ dùng bảng mã tiếng Việt, hãy đọc với --encoding windows-1258

finding-unbalanced-quote = dấu ngoặc kép mở ở dòng { $line }, cột { $column } chưa được đóng: trường này kéo dài sang { $swallowed }; hãy đóng hoặc xóa dấu ngoặc kép
finding-quote-header = cuối dòng tiêu đề
finding-quote-rest = toàn bộ phần còn lại của tệp
finding-quote-lines = các dòng tiếp theo
role-id = cột mã xã
role-name = cột tên xã
role-group = cột phân nhóm
role-period = cột kỳ
role-indicator = cột của chỉ số '{ $id }'
finding-missing-column = cột '{ $column }' ({ $role }) không có trong dữ liệu; dữ liệu có các cột { $listed }{ $more }{ $hint }
finding-missing-column-none = cột '{ $column }' ({ $role }) không có trong dữ liệu, vì dữ liệu không có cột nào được đặt tên{ $listed }{ $more }{ $hint }
finding-and-more = {" "}và { $count } cột khác
finding-did-you-mean = ; có phải ý bạn là '{ $suggestion }'?
error-note = ghi chú
error-caused-by = nguyên nhân
error-read-criteria = không đọc được tệp tiêu chí '{ $file }'
error-criteria-invalid = bộ tiêu chí có { $count } lỗi; hãy chạy 'dtm check' để xem chi tiết
error-no-data-file = hãy cung cấp ít nhất một tệp dữ liệu, hoặc - để đọc từ đầu vào chuẩn
error-lenient = --lenient đã chuyển { $count } giá trị không đọc được thành giá trị thiếu:
error-lenient-value = {"  "}{ $file }:{ $line }: xã '{ $id }', cột '{ $column }': '{ $value }' ({ $reason })
error-data-invalid = dữ liệu có { $count } lỗi; chưa chấm điểm xã nào
error-hidden = … và { $count } lỗi khác chưa hiển thị
error-format-unknown-extension = '{ $file }' không cho biết định dạng cần ghi; hãy đặt tên tệp .csv, .json, .md, .html hoặc .xlsx (tùy lệnh hỗ trợ), hoặc dùng --format
error-format-contradicts = --format { $asked } mâu thuẫn với phần mở rộng của '{ $file }' ({ $implied }); hãy sửa một trong hai
error-format-from-extension = {" "}(theo phần mở rộng của '{ $file }')
error-format-not-offered = lệnh này không ghi được định dạng '{ $format }'{ $from }; hãy chọn một trong: { $choices }
error-no-input = chưa có tệp dữ liệu nào
error-read-file = không đọc được '{ $file }': { $reason }
error-units-no-id = tệp danh sách đơn vị không có cột '{ $id }' (cũng không có 'code'); các cột của tệp: { $columns }
error-read-units = không đọc được tệp danh sách đơn vị: { $finding }
error-score-previous = không tính được điểm của kỳ trước '{ $period }'
error-read-exclusions = không đọc được tệp danh sách loại trừ '{ $file }'
error-create-file = không tạo được '{ $file }'
error-write-file = không ghi được '{ $file }'
error-read-crosswalk = không đọc được tệp bảng chuyển đổi '{ $file }' (hãy đưa một tệp CSV, hoặc { $builtin } để dùng bảng có sẵn)
error-threads = không khởi động được các luồng xử lý: { $reason }
error-unknown-encoding = không biết bảng mã '{ $label }'; hãy dùng tên bảng mã theo WHATWG như windows-1258, utf-16le hoặc utf-8
error-unknown-sheet = '{ $file }' không có trang tính nào tên '{ $name }'; các trang tính của tệp là: { $sheets }
error-io-not-found = không tìm thấy tệp hoặc thư mục
error-io-permission = không có quyền truy cập
error-io-directory = đây là thư mục, không phải tệp
error-io-exists = tệp đã tồn tại
error-io-full = thiết bị đã hết dung lượng
error-io-invalid-data = dữ liệu không hợp lệ
usage-value-missing = '{ $arg }' cần một giá trị nhưng chưa được cung cấp
usage-possible = [các giá trị hợp lệ: { $values }]
usage-invalid-value = giá trị '{ $value }' của '{ $arg }' không hợp lệ{ $possible }
usage-invalid-value-because = giá trị '{ $value }' của '{ $arg }' không hợp lệ: { $reason }
usage-filter-form = cần dạng COL=VALUE, ví dụ kind=xã; nhận được '{ $value }'
usage-microdata-form = cần dạng NAME=FILE, ví dụ households=households.csv; nhận được '{ $value }'
usage-spread-range = '{ $value }' không phải là số từ 0 đến dưới 1 (trọng số phải luôn dương)
usage-profiles-form = cần một số từ 0 đến 100000 hoặc 'all'; nhận được '{ $value }'
usage-not-a-whole-number = không phải là số nguyên
usage-not-a-number = không phải là số
usage-unknown-argument = không có tùy chọn '{ $arg }'
usage-unknown-command = không có lệnh con '{ $command }'
usage-missing-argument = thiếu các tham số bắt buộc sau: { $arg }
usage-conflict = không thể dùng '{ $arg }' cùng với '{ $prior }'
usage-missing-command = cần chỉ định một lệnh
usage-values-count = số lượng giá trị của '{ $arg }' không đúng
usage-tip = gợi ý: có phải ý bạn là { $suggestion }?
usage-usage = Cách dùng: { $usage }
usage-more = Để biết thêm, hãy chạy với '--help'.
finding-wrong-type = cần { $expected }, nhưng gặp { $found }{ $hint }
finding-remove-quotes = ; hãy bỏ dấu ngoặc kép
found-text = văn bản '{ $text }'
found-number = số { $number }
found-list = một danh sách { $count } phần tử
yaml-nothing = giá trị rỗng
yaml-bool = giá trị có/không
yaml-number = một số
yaml-text = văn bản
yaml-list = một danh sách
yaml-mapping = một bảng khóa–giá trị
expect-mapping = một bảng khóa–giá trị với các khóa như { $keys }
expect-number = một số
expect-whole-number = một số nguyên (từ 0 trở lên)
expect-column-list = một danh sách tên cột
expect-text-map = văn bản, hoặc một bảng ngôn ngữ–văn bản ({"{"} en: …, vi: … {"}"})
expect-one-of = một trong { $choices }
finding-duplicate-key = '{ $key }' xuất hiện hai lần trong cùng một bảng (lần đầu ở dòng { $line }); hãy giữ lại một
finding-unknown-key = khóa '{ $key }' không hợp lệ; { $hint }
finding-key-did-you-mean = có phải ý bạn là '{ $suggestion }'?
finding-expected-one-of = cần một trong { $choices }
finding-missing-key = thiếu '{ $key }': { $what }
finding-not-a-choice = '{ $value }' không phải là một trong { $choices }{ $hint }
finding-choice-did-you-mean = {" "}(có phải ý bạn là '{ $suggestion }'?)
finding-invalid-id = mã '{ $id }' không được để trống và chỉ gồm chữ, số, '_', '-' hoặc '.'{ $hidden }
finding-id-invisible = {" "}(mã chứa ký tự ẩn { $character })
finding-duplicate-node-id = mã '{ $id }' bị trùng (định nghĩa lần đầu ở dòng { $line }); mã phải là duy nhất trong toàn bộ trụ cột, nhóm và chỉ số
finding-reserved-output = '{ $id }' là cột do dtm tự ghi ra
finding-reserved-group = '{ $id }' cũng là một cột phân nhóm của đơn vị
finding-reserved-suffix = dtm ghi ra một cột '{ $id }' cho '{ $stem }'
finding-reserved-id = mã '{ $id }' trùng với một cột kết quả: { $clash }; hãy đổi tên (các tên đã dùng là { $taken }, các cột phân nhóm và <trụ cột>{ $suffixes })
finding-gate-text = điều kiện '{ $gate }' so sánh '{ $name }' với văn bản '{ $text }'; hãy ghi một số
finding-gate-unknown = điều kiện '{ $gate }' nêu '{ $name }', không phải là trụ cột, 'overall', 'coverage', 'level' hay cột phân nhóm{ $hint }; các tên hợp lệ: { $known }
finding-weights-sum = trọng số của các { $what } này trông như tỷ lệ nhưng có tổng là { $sum }; chúng sẽ được chuẩn hóa về tổng bằng 1, vì vậy hãy ghi các tỷ lệ có tổng bằng 1 hoặc dùng số nguyên
finding-siblings-groups = nhóm
finding-siblings-indicators = chỉ số
finding-siblings-pillars = trụ cột
finding-tiny-weight = chỉ số '{ $id }' chỉ chiếm { $percent } % chỉ số chung; hầu như không làm thay đổi điểm nào — hãy tăng trọng số hoặc bỏ chỉ số này
finding-relative-scale = chỉ số '{ $id }' dùng thang điểm tương đối, nên điểm giữa các kỳ khác nhau ('{ $period }') không so sánh được; nên dùng mốc cố định (goalpost)
finding-shared-column = hai chỉ số '{ $first }' và '{ $id }' cùng đọc cột '{ $column }'
expect-categories = một bảng nhãn–điểm, ví dụ {"{"} none: 0, active: 100 {"}"}
expect-gates = một danh sách điều kiện như "government >= 50"
expect-goalposts = các mốc [kém nhất, tốt nhất]
expect-levels = một danh sách mức độ, mỗi mức có 'min' và 'name'
expect-measures = một bảng tên cột–phép tính
expect-nodes = một danh sách các mục, mỗi mục có mã
expect-range = một khoảng [thấp, cao]
expect-rollups = một danh sách phép tổng hợp dữ liệu vi mô (rollup)
expect-step = một cặp [ngưỡng, điểm]
expect-steps = một danh sách các cặp [ngưỡng, điểm]
finding-empty-list = danh sách này cần ít nhất một phần tử
what-entity = nêu các cột xác định một xã, ví dụ 'entity: {"{"} id: commune_code {"}"}'
what-entity-id = cột chứa mã duy nhất của từng xã
what-format = bắt đầu tệp bằng 'dtm: 1', phiên bản định dạng
what-id = đặt mã cho bộ chỉ số, ví dụ 'id: vn-commune-2025'
what-indicator-id = mỗi chỉ số cần có mã
what-level-min = điểm bắt đầu của mức độ này
what-level-name = tên của mức độ, ví dụ {"{"} en: Advanced, vi: Tiên tiến {"}"}
what-levels = liệt kê các mức độ trưởng thành, bắt đầu từ 'min: 0'
what-node-id = mỗi trụ cột và nhóm cần có mã
what-pillars = liệt kê các trụ cột của chỉ số
what-rollup-key = cột dữ liệu vi mô khớp với entity.id
what-rollup-measures = các cột cần tính, ví dụ '{"{"} households_surveyed: count {"}"}'
what-rollup-name = đặt tên cho bộ dữ liệu vi mô, ví dụ 'households'
what-scale = cách quy đổi giá trị thô thành điểm, ví dụ 'scale: {"{"} goalpost: [0, 100] {"}"}'
what-title = đặt tiêu đề cho bộ chỉ số
expect-indicators = một danh sách chỉ số
finding-no-indicator = mỗi mục cần có ít nhất một chỉ số
finding-weight-not-positive = trọng số { $weight } phải lớn hơn 0; nếu muốn bỏ mục này thì hãy xóa nó
finding-weight-too-large = trọng số { $weight } vượt quá { $max }; trọng số là tương đối, nên hãy ghi các số nhỏ hơn theo cùng tỷ lệ
finding-min-coverage = 'min_coverage' { $share } phải là một tỷ lệ từ 0 đến 1 (0.7 nghĩa là 70 %)
finding-invalid-range = khoảng [{ $low }, { $high }] phải được viết [thấp, cao] với thấp < cao
finding-goalpost-outside = mốc { $post } nằm ngoài khoảng giá trị của chỉ số [{ $low }, { $high }]; không giá trị hợp lệ nào đạt được mốc này
finding-goalposts-equal = hai mốc [{ $post }, { $post }] bằng nhau; hãy ghi [kém nhất, tốt nhất] với hai giá trị khác nhau (tốt nhất < kém nhất khi càng thấp càng tốt)
finding-steps-rise = các ngưỡng bậc phải tăng dần từ kém nhất đến tốt nhất, nhưng { $next } đứng sau { $previous }; hãy sắp xếp lại các bậc
finding-steps-fall = các ngưỡng bậc phải giảm dần từ kém nhất đến tốt nhất, nhưng { $next } đứng sau { $previous }; hãy sắp xếp lại các bậc
finding-step-scores-fall = điểm của các bậc không được giảm từ kém nhất đến tốt nhất, nhưng { $next } đứng sau { $previous }
finding-number-too-large = { $what } { $number } vượt quá ±{ $max }; hãy dùng đơn vị đo sao cho các số của chỉ số nhỏ hơn
finding-range-end = đầu mút khoảng giá trị
finding-a-goalpost = mốc
finding-step-threshold = ngưỡng bậc
finding-category-score = điểm của loại là { $score }, nằm ngoài [0, 100]
finding-step-score = điểm của bậc là { $score }, nằm ngoài [0, 100]
finding-format-version = không hỗ trợ phiên bản định dạng { $version }; phiên bản dtm này đọc 'dtm: { $supported }'
finding-first-level = mức độ đầu tiên phải bắt đầu từ 'min: 0' để mọi điểm đều có mức độ, không phải từ { $min }
finding-levels-ascend = các mức độ phải tăng dần: min { $min } không lớn hơn mức trước đó là { $previous }; hãy sắp xếp lại
finding-level-range = min { $min } của mức độ nằm ngoài thang điểm [0, 100]
finding-yaml-syntax = tệp không phải YAML hợp lệ: { $detail }
finding-yaml-too-many = tài liệu bung ra quá nhiều giá trị (có thể là "bom alias"?); một tệp tiêu chí cần ít hơn thế rất nhiều
finding-yaml-not-utf8 = tệp không phải văn bản UTF-8 hợp lệ (byte 0x{ $byte }); hãy lưu lại dưới dạng UTF-8
finding-empty-criteria = tệp trống; một tệp tiêu chí bắt đầu bằng 'dtm: 1'
finding-node-both = một mục chỉ chứa 'indicators' hoặc 'groups', không được chứa cả hai; hãy chuyển các chỉ số vào một nhóm
finding-node-neither = một mục cần có 'indicators' hoặc 'groups' bên dưới
finding-choice-list = { $choices }
finding-no-groups = không có cột nào
finding-unknown-group = '{ $column }' không phải là cột phân nhóm; 'entity.groups' có { $groups }{ $hint }
finding-clash-entity = cột cùng tên của đơn vị
finding-clash-measure = một phép tính khác cùng tên
finding-measure-clash = phép tính '{ $measure }' trùng tên với { $clash }; hãy đổi tên
finding-measure-kind = một phép tính là 'count' hoặc đúng một trong '{"{"} share: COLUMN {"}"}', '{"{"} mean: COLUMN {"}"}', '{"{"} sum: COLUMN {"}"}', '{"{"} median: COLUMN {"}"}', '{"{"} min: COLUMN {"}"}', '{"{"} max: COLUMN {"}"}'
finding-scale-direction = hãy viết '{"{"} { $kind }: higher {"}"}' hoặc '{"{"} { $kind }: lower {"}"}'
finding-scale-kinds = cần 'boolean' hoặc một bảng có một trong { $kinds }
finding-unknown-scale = không có thang điểm '{ $scale }'; { $hint }
finding-scale-one-kind = mỗi thang điểm có đúng một loại: 'goalpost', 'minmax', 'percentile', 'boolean', 'categories' hoặc 'steps'
finding-duplicate-label = nhãn '{ $label }' xuất hiện hai lần (nhãn được so khớp không phân biệt chữ hoa, chữ thường)
finding-no-steps = 'steps' cần ít nhất một cặp [ngưỡng, điểm]
gate-form = điều kiện phải có dạng TÊN PHÉP_SO_SÁNH GIÁ_TRỊ, ví dụ 'government >= 50'; nhưng gặp '{ $gate }'
gate-no-name = điều kiện '{ $gate }' thiếu tên trước phép so sánh
gate-no-value = điều kiện '{ $gate }' thiếu giá trị sau phép so sánh
gate-operator = điều kiện '{ $gate }' dùng phép so sánh '{ $found }'; có phải ý bạn là '{ $wanted }'?
finding-sheet-unreadable = không đọc được bảng tính: { $error }
finding-no-sheets = bảng tính không có trang tính nào
finding-empty-sheet = trang tính '{ $sheet }' trống: không có dòng tiêu đề{ $hint }
finding-other-sheets = ; các trang tính khác của tệp là { $sheets }: hãy chọn một trang bằng --sheet
finding-formula-without-value = ô { $cell } có công thức nhưng không lưu giá trị đã tính; hãy mở và lưu lại tệp bằng Excel/LibreOffice để tệp lưu kết quả
finding-xls-is-zip = tệp .{ $extension } này là bảng tính XLSX hoặc ODS, không phải Excel 97–2003: hãy đổi phần mở rộng thành .xlsx (hoặc .ods)
finding-zip-is-xls = tệp .{ $extension } này là bảng tính Excel 97–2003: hãy đổi phần mở rộng thành .xls
finding-too-large = bảng tính khi giải nén sẽ chiếm từ { $used } MiB trở lên, vượt giới hạn { $budget } MiB của dtm cho tệp này ({ $ratio } lần kích thước tệp, tối thiểu { $floor } MiB, tối đa { $max } MiB); hãy tách bảng tính hoặc lưu trang tính dưới dạng CSV
finding-markup-not-sheet = tệp .{ $extension } này là văn bản (HTML hoặc XML), không phải bảng tính: hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx hoặc .csv
finding-text-not-sheet = tệp .{ $extension } này là văn bản, không phải bảng tính: hãy đổi phần mở rộng thành .csv
finding-not-a-sheet = tệp .{ $extension } này không phải bảng tính (không phải ZIP cũng không phải bảng tính OLE); hãy lưu lại dưới dạng .xlsx hoặc .csv
crosswalk-no-part = đơn vị mới '{ $unit }' không nhận phần nào của đơn vị cũ (mọi tỷ lệ đều bằng 0); nếu đơn vị này không có đơn vị cũ thì hãy ghi part = none
crosswalk-share-sum = tổng tỷ lệ của đơn vị cũ '{ $unit }' là { $sum }, không phải 1; dữ liệu của đơn vị này được tính theo các tỷ lệ đó
crosswalk-unknown-code = xã '{ $id }' không phải là đơn vị cũ trong bảng chuyển đổi '{ $crosswalk }'; hãy kiểm tra mã xã hoặc bổ sung vào bảng chuyển đổi
crosswalk-no-weight-column = dữ liệu không có cột '{ $column }' để làm trọng số
crosswalk-bad-weight = xã '{ $id }' có trọng số '{ $weight }'; giá trị của --crosswalk-weight phải là số dương
crosswalk-not-utf8 = bảng chuyển đổi không phải văn bản UTF-8
crosswalk-bad-header = không đọc được dòng tiêu đề: { $error }
crosswalk-bad-row = không đọc được dòng: { $error }
crosswalk-no-column = bảng chuyển đổi không có cột '{ $column }'; bảng cần có 'old_code' và 'new_code'
crosswalk-no-new-code = dòng không có mã mới (mã cũ '{ $old }')
crosswalk-no-old-unit = đơn vị mới '{ $new }' không có đơn vị cũ; hãy ghi mã cũ, hoặc ghi part = none nếu đơn vị này không có đơn vị cũ
crosswalk-duplicate-pair = đơn vị cũ '{ $old }' được ánh xạ tới đơn vị mới '{ $new }' hai lần (lần đầu ở dòng { $line })
crosswalk-bad-share = tỷ lệ '{ $share }' của đơn vị cũ '{ $old }' trong đơn vị mới '{ $new }' không phải là số từ 0 đến 1
crosswalk-no-rows = bảng chuyển đổi không có dòng nào
crosswalk-invalid = bảng chuyển đổi '{ $map }' có { $count } lỗi; chưa quy đổi gì
crosswalk-misfit = dữ liệu không khớp với bảng chuyển đổi ({ $count } lỗi); chưa quy đổi gì
finding-microdata-spreadsheet = đây là bảng tính, không phải văn bản CSV: dữ liệu vi mô được đọc dưới dạng CSV (hoặc .csv.gz); hãy xuất trang tính ra CSV
error-overwrite-input = -o '{ $output }' chính là tệp đầu vào '{ $input }'; ghi ra sẽ làm mất tệp này. Hãy chọn tệp đầu ra khác
error-unknown-period = kỳ '{ $period }' không có trong dữ liệu; các kỳ hiện có: { $present }
error-no-periods = không có (dữ liệu không có cột kỳ)
error-unordered-periods = các kỳ { $periods } không cùng một dạng số, năm-tháng (2024-9), năm-quý (Q4-2024) hay ngày ISO, nên dtm không đoán kỳ nào là mới nhất; hãy chỉ định một kỳ bằng --period
compare-no-data = hãy cung cấp một tệp dữ liệu có nhiều kỳ, hoặc các tệp CŨ... MỚI
template-no-period-column = --period: bộ tiêu chí không có cột kỳ
sensitivity-unknown-by = --by '{ $by }' không phải là trụ cột, nhóm hay chỉ số của bộ tiêu chí
error-no-microdata-file = hãy cung cấp ít nhất một tệp dữ liệu vi mô, hoặc - để đọc từ đầu vào chuẩn
error-open-output = không mở được tệp đầu ra '{ $file }'
error-create-output = không tạo được tệp đầu ra '{ $file }'

## check

check-files = { $count } tệp
check-unreadable = {" "}({ $count } tệp không đọc được)
check-errors = { $count } lỗi
check-warnings = { $count } cảnh báo
check-denied = ; --deny-warnings
check-counts = { $errors }, { $warnings }{ $denied }
check-summary = đã kiểm tra { $files }: { $verdict } ({ $counts })
check-ok = đạt
check-passed-with-warnings = đạt, có cảnh báo
check-failed = không đạt
check-hidden = … và { $count } vấn đề dữ liệu khác chưa hiển thị (--format json liệt kê đầy đủ)
check-header-node = mục
check-header-name = tên
check-header-weight = trọng số
check-header-in-index = trong chỉ số chung
check-header-scale = thang điểm
check-header-column = cột
scale-goalpost-rising = { $worst } trở xuống → 0, { $best } trở lên → 100
scale-goalpost-falling = { $worst } trở lên → 0, { $best } trở xuống → 100
scale-minmax = tuyến tính từ giá trị thấp nhất đến cao nhất trong dữ liệu ({ $better })
scale-percentile = thứ hạng bách phân vị giữa các xã ({ $better })
scale-higher-better = càng cao càng tốt
scale-lower-better = càng thấp càng tốt
scale-boolean = có → 100, không → 0
scale-category = { $label } → { $score }
scale-steps-below = dưới mọi bậc → 0
scale-step-rising = ≥ { $threshold } → { $score }
scale-step-falling = ≤ { $threshold } → { $score }
check-unreadable-files = { $count } tệp không đọc được
