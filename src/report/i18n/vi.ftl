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
