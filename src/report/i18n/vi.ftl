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
report-changes-shown = { $shown } xã thay đổi nhiều nhất, trong số { $total } xã có ở cả hai kỳ.
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

rollup-summary = đã tổng hợp { $rows } dòng vi dữ liệu '{ $name }' thành { $communes } xã
rollup-progress = { $rows } dòng, { $rate } dòng/giây
rollup-lenient = --lenient đã coi { $count } giá trị vi dữ liệu không đọc được là thiếu:
rollup-more = … và { $count } mục nữa không hiển thị
rollup-clash = chỉ số '{ $measure }' của tổng hợp '{ $rollup }' trùng tên với cột '{ $measure }' của tệp khảo sát '{ $file }'; bỏ một trong hai, hoặc chọn bằng --prefer microdata hay --prefer survey
rollup-preferred-microdata = cột '{ $measure }' lấy từ vi dữ liệu (--prefer microdata); giá trị của khảo sát không được dùng
rollup-preferred-survey = cột '{ $measure }' lấy từ khảo sát (--prefer survey); chỉ số vi dữ liệu không được dùng
rollup-uncovered = chất lượng dữ liệu: { $count } xã trong khảo sát không có dòng nào trong vi dữ liệu '{ $rollup }' nên các chỉ số này bị thiếu: { $listed }
rollup-unmatched = { $rows } dòng vi dữ liệu '{ $rollup }' thuộc { $keys } mã không khớp xã nào của khảo sát nên không được ghép:
rollup-unmatched-key = mã '{ $key }': { $rows } dòng
rollup-unmatched-key-period = mã '{ $key }' ({ $period }): { $rows } dòng
rollup-unknown = bộ tiêu chí không có tổng hợp nào tên '{ $name }'; các tổng hợp hiện có: { $known }
rollup-choose = bộ tiêu chí có nhiều tổng hợp; chọn một bằng --rollup TÊN: { $known }
rollup-none = bộ tiêu chí không có phần 'rollups:' nào để tổng hợp
rollup-invalid = vi dữ liệu có { $count } lỗi; chưa tổng hợp được gì

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

## rollup measures

rollup-clash-several = { $count } chỉ số của tổng hợp '{ $rollup }' trùng tên với cột của tệp khảo sát '{ $file }': { $measures }; đổi tên hoặc bỏ chúng ở một bên, hoặc chọn bằng --prefer microdata hay --prefer survey
