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

## Crosswalks: restated scores (dtm score/profile/compare --crosswalk, dtm crosswalk)

crosswalk-note = Điểm được tính lại trên { $units } đơn vị hành chính mới từ { $old } đơn vị cũ theo bảng chuyển đổi { $map }.
crosswalk-label = tính lại theo { $map }
crosswalk-from = Tính lại từ
crosswalk-absent = Đơn vị cũ không có trong dữ liệu
crosswalk-partial = { $units } đơn vị mới chỉ được tính lại từ một phần đơn vị cũ: dữ liệu thiếu { $old } đơn vị cũ mà bảng chuyển đổi gộp vào các đơn vị này (liệt kê trong JSON và hồ sơ)
crosswalk-summary = bảng chuyển đổi { $map }: { $rows } dòng; đơn vị cũ { $old } → đơn vị mới { $new }; đơn vị cũ bị chia tách: { $split }; đơn vị mới không có đơn vị cũ: { $none }
