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

## Lưu ý về dữ liệu được chấm điểm (report/notes.rs)

common-note-synthetic = Lưu ý: dữ liệu giả lập — { $count }/{ $total } đơn vị được chấm điểm có giá trị do máy tạo ra (cột 'synthetic' ghi có); không trích dẫn như số liệu thật.
common-note-synthetic-one = Lưu ý: dữ liệu giả lập — giá trị của đơn vị này do máy tạo ra (cột 'synthetic' ghi có); không trích dẫn như số liệu thật.
common-note-unranked = Lưu ý: { $count } đơn vị không có điểm tổng, mức và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked); các đơn vị này ở cuối danh sách.
common-note-unranked-one = Lưu ý: đơn vị này không có điểm tổng, mức và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked).
