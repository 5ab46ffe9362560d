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
common-coverage = độ phủ dữ liệu
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
profile-coverage = độ phủ dữ liệu { $percent }
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
common-note-unranked = Lưu ý: { $count } đơn vị không có điểm tổng, mức và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked); các đơn vị này ở cuối danh sách.
common-note-unranked-one = Lưu ý: đơn vị này không có điểm tổng, mức và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked).
