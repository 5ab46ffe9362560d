# Thông điệp của dtm bằng tiếng Việt. Khóa và biến phải khớp với en.ftl (xem src/report/i18n.rs).

## Dòng đầu tiên của mọi bảng và bản Markdown

summary-criteria = bộ tiêu chí { $id } { $version }
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
common-legend = Cột: { $columns }

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
