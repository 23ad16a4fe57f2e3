<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <source>Quản lý Tổ công nghệ số cộng đồng cấp xã: tổ và thành viên, bồi dưỡng, hoạt động, Quyết định, báo cáo và gửi dữ liệu lên cấp trên — làm việc không cần mạng Internet.</source>
        <translation>Managing a commune&apos;s community digital-technology teams: teams and members, training, activities, decisions, reports and sending data to the upper level — no Internet needed.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>ActivityBatchDialog</name>
    <message>
        <source>Nhập nhiều hoạt động</source>
        <translation>Enter several activities</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Nhóm kỹ năng</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <source>Nền tảng, dịch vụ</source>
        <translation>Platform, service</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mỗi dòng một hoạt động. Ngày dạng dd/mm/yyyy; tổ, hình thức… gõ một phần tên (không dấu cũng được). Enter để sang ô tiếp theo.</source>
        <translation>One activity per row. Dates as dd/mm/yyyy; for the team, type and so on, enter part of the name (typing without accents works too). Press Enter to go to the next cell.</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Lưu tất cả</source>
        <translation>&amp;Save all</translation>
    </message>
    <message>
        <source>Thêm &amp;10 dòng</source>
        <translation>Add &amp;10 rows</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>ngày chưa đúng dạng dd/mm/yyyy</source>
        <translation>date not in dd/mm/yyyy form</translation>
    </message>
    <message>
        <source>chưa rõ tổ</source>
        <translation>unknown team</translation>
    </message>
    <message>
        <source>chưa rõ nhóm kỹ năng</source>
        <translation>unknown skill group</translation>
    </message>
    <message>
        <source>chưa rõ nền tảng</source>
        <translation>unknown platform</translation>
    </message>
    <message>
        <source>số người, số hộ phải là số</source>
        <translation>people and households must be numbers</translation>
    </message>
    <message>
        <source>Còn {0} dòng chưa đúng; chưa lưu gì.</source>
        <translation>{0} rows are still wrong; nothing was saved.</translation>
    </message>
    <message>
        <source>Chưa có dòng nào để lưu.</source>
        <translation>There are no rows to save.</translation>
    </message>
    <message>
        <source>Đã lưu {0} hoạt động. Có thể nhập tiếp.</source>
        <translation>Saved {0} activities. You can keep entering.</translation>
    </message>
    <message>
        <source>Có dòng cần xem lại (cột Tình trạng). Bấm Lưu tất cả lần nữa để vẫn lưu.</source>
        <translation>Some rows need a second look (Status column). Press Save all again to save anyway.</translation>
    </message>
    <message>
        <source>✓ hợp lệ</source>
        <translation>✓ valid</translation>
    </message>
    <message>
        <source>{0} dòng: {1} chưa đúng, {2} cần xem lại, {3} hợp lệ.</source>
        <translation>{0} rows: {1} wrong, {2} to review, {3} valid.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Nhập hoạt động</source>
        <translation>Enter activities</translation>
    </message>
    <message>
        <source>(không dùng mẫu)</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <source>(không chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>để trống nếu không có số liệu</source>
        <translation>leave blank if there is no data</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Mẫu hoạt động:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Ngà&amp;y (dd/mm/yyyy):</source>
        <translation>&amp;Date (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>&amp;Tổ:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Thôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Trụ &amp;cột:</source>
        <translation>&amp;Pillar:</translation>
    </message>
    <message>
        <source>&amp;Hình thức:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Nhóm &amp;kỹ năng:</source>
        <translation>&amp;Skill group:</translation>
    </message>
    <message>
        <source>Nền tảng, &amp;dịch vụ:</source>
        <translation>Plat&amp;form, service:</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>Des&amp;cription:</translation>
    </message>
    <message>
        <source>Đị&amp;a điểm:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>&amp;Số hộ:</source>
        <translation>&amp;Households:</translation>
    </message>
    <message>
        <source>Số người được hỗ t&amp;rợ:</source>
        <translation>People s&amp;upported:</translation>
    </message>
    <message>
        <source>Thành viên tham gia:</source>
        <translation>Participating members:</translation>
    </message>
    <message>
        <source>Kết quả theo chỉ tiêu:</source>
        <translation>Results by indicator:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Lặp &amp;lại lần trước</source>
        <translation>&amp;Repeat last</translation>
    </message>
    <message>
        <source>Chép hoạt động vừa nhập (Ctrl+R)</source>
        <translation>Copy the activity just entered (Ctrl+R)</translation>
    </message>
    <message>
        <source>Lưu làm &amp;mẫu…</source>
        <translation>Save as temp&amp;late…</translation>
    </message>
    <message>
        <source>Lưu hình thức, trụ cột, nền tảng, nội dung và các chỉ tiêu đang điền thành một mẫu cho các đợt hoạt động lặp lại</source>
        <translation>Save the type, pillar, platform, description and the indicator results filled in as a template for recurring activities</translation>
    </message>
    <message>
        <source>Lưu và nhập t&amp;iếp</source>
        <translation>Save and add ne&amp;xt</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu và đóng</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi:</source>
        <translation>Change history:</translation>
    </message>
    <message>
        <source>Đã chép hoạt động trước; sửa những gì khác rồi lưu.</source>
        <translation>Copied the previous activity; change what differs, then save.</translation>
    </message>
    <message>
        <source>Lưu làm mẫu hoạt động</source>
        <translation>Save as an activity template</translation>
    </message>
    <message>
        <source>Tên mẫu (ví dụ “Ra quân Ngày Chủ nhật số”):</source>
        <translation>Template name (e.g. “Digital Sunday campaign”):</translation>
    </message>
    <message>
        <source>Đã lưu mẫu “{0}”.</source>
        <translation>Saved the template “{0}”.</translation>
    </message>
    <message>
        <source>Ngày chưa đúng dạng dd/mm/yyyy.</source>
        <translation>The date is not in dd/mm/yyyy form.</translation>
    </message>
    <message>
        <source>Chưa chọn tổ.</source>
        <translation>No team chosen.</translation>
    </message>
    <message>
        <source>Kết quả “{0}” không phải là số.</source>
        <translation>The result “{0}” is not a number.</translation>
    </message>
    <message>
        <source>Nhấn Lưu lần nữa để vẫn lưu.</source>
        <translation>Press Save again to save anyway.</translation>
    </message>
    <message>
        <source>Đã lưu: {0} — {1}. Đã nhập {2} hoạt động.</source>
        <translation>Saved: {0} — {1}. {2} activities entered.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Tìm theo nội dung, địa điểm, ghi chú… (gõ không dấu cũng được)</source>
        <translation>Search by description, place, notes… (typing without accents works too)</translation>
    </message>
    <message>
        <source>Mọi thời gian</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Mọi trụ cột</source>
        <translation>Any pillar</translation>
    </message>
    <message>
        <source>Mọi nhóm kỹ năng</source>
        <translation>Any skill group</translation>
    </message>
    <message>
        <source>&amp;Nhập hoạt động…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>Nhập liên tiếp nhiều hoạt động (Ctrl+N)</source>
        <translation>Enter several activities one after another (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nhập &amp;nhiều dòng…</source>
        <translation>Enter &amp;several rows…</translation>
    </message>
    <message>
        <source>Gõ nhiều hoạt động vào một bảng rồi lưu một lần</source>
        <translation>Type several activities into a table, then save them all at once</translation>
    </message>
    <message>
        <source>&amp;Xem / sửa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Xó&amp;a…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Bảng &amp;theo dõi</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <source>Mọi xã</source>
        <translation>Any commune</translation>
    </message>
    <message>
        <source>Mọi tổ</source>
        <translation>Any team</translation>
    </message>
    <message>
        <source>Mọi thôn</source>
        <translation>Any village</translation>
    </message>
    <message>
        <source>Mọi nền tảng</source>
        <translation>Any platform</translation>
    </message>
    <message>
        <source>Không có hoạt động nào khớp.</source>
        <translation>No matching activities.</translation>
    </message>
    <message>
        <source>{0} hoạt động</source>
        <translation>{0} activities</translation>
    </message>
    <message>
        <source>Đã lưu {0} hoạt động.</source>
        <translation>Saved {0} activities.</translation>
    </message>
    <message>
        <source>Xóa hoạt động</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Xóa hoạt động ngày {0} của {1}:
“{2}”?

Hoạt động được đánh dấu đã xóa (vẫn còn trong nhật ký thay đổi) và không còn được tính vào số liệu.</source>
        <translation>Delete the activity of {1} on {0}:
“{2}”?

The activity is marked as deleted (it stays in the change log) and no longer counts in the figures.</translation>
    </message>
    <message>
        <source>Đã xóa hoạt động.</source>
        <translation>Activity deleted.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Nhóm kỹ năng</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <source>Nền tảng, dịch vụ</source>
        <translation>Platform, service</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Người tham gia: {0}</source>
        <translation>Participants: {0}</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng nhận</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>CataloguePreviewDialog</name>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Nhập danh mục chỉ số — xem trước</source>
        <translation>Import indicator catalogue — preview</translation>
    </message>
    <message>
        <source>Tệp {0}: {1} thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối. Chưa có gì được ghi cho đến khi bấm Nhập.</source>
        <translation>File {0}: {1} new, {2} updated, {3} unchanged, {4} rejected. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>CommuneForm</name>
    <message>
        <source>Thông tin đơn vị hành chính cấp xã</source>
        <translation>Commune-level administrative unit</translation>
    </message>
    <message>
        <source>Lãnh đạo UBND và văn bản</source>
        <translation>People&apos;s Committee leaders and documents</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố theo Quyết định 19/2025/QĐ-TTg</source>
        <translation>Province or city as listed in Decision 19/2025/QĐ-TTg</translation>
    </message>
    <message>
        <source>5 chữ số, ví dụ 00004</source>
        <translation>5 digits, e.g. 00004</translation>
    </message>
    <message>
        <source>Ví dụ: Tân Lập</source>
        <translation>E.g. Tân Lập</translation>
    </message>
    <message>
        <source>Chỉ điền nếu đơn vị còn cấp huyện</source>
        <translation>Only if the unit still has a district level</translation>
    </message>
    <message>
        <source>Địa danh ghi ở dòng ngày tháng văn bản</source>
        <translation>Place name written on the date line of documents</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố (*)</source>
        <translation>Province or city (*)</translation>
    </message>
    <message>
        <source>Mã xã (*)</source>
        <translation>Commune code (*)</translation>
    </message>
    <message>
        <source>Loại đơn vị</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>Tên xã, phường (*)</source>
        <translation>Commune or ward name (*)</translation>
    </message>
    <message>
        <source>Huyện (trước 2025)</source>
        <translation>District (before 2025)</translation>
    </message>
    <message>
        <source>Địa chỉ trụ sở</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Họ và tên Chủ tịch UBND</source>
        <translation>Full name of the committee chairperson</translation>
    </message>
    <message>
        <source>Mỗi dòng một Phó Chủ tịch</source>
        <translation>One vice-chairperson per line</translation>
    </message>
    <message>
        <source>Ví dụ: Sở Khoa học và Công nghệ tỉnh …</source>
        <translation>E.g. Provincial Department of Science and Technology …</translation>
    </message>
    <message>
        <source>Tên gọi của Tổ có thể khác theo địa phương, ví dụ “Tổ công nghệ số cộng đồng và Đề án 06”.</source>
        <translation>The team&apos;s name may differ by locality, e.g. “Tổ công nghệ số cộng đồng và Đề án 06”.</translation>
    </message>
    <message>
        <source>Chủ tịch UBND (*)</source>
        <translation>Chairperson (*)</translation>
    </message>
    <message>
        <source>Phó Chủ tịch</source>
        <translation>Vice-chairperson</translation>
    </message>
    <message>
        <source>Ký hiệu quyết định</source>
        <translation>Decision symbol</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên nhận dữ liệu</source>
        <translation>Upper-level office receiving the data</translation>
    </message>
    <message>
        <source>Cấp của cơ quan đó</source>
        <translation>Level of that office</translation>
    </message>
    <message>
        <source>Tên gọi của Tổ</source>
        <translation>Team name</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Sửa khóa bồi dưỡng</source>
        <translation>Edit training course</translation>
    </message>
    <message>
        <source>Thêm khóa bồi dưỡng</source>
        <translation>Add training course</translation>
    </message>
    <message>
        <source>Nhiều ngày, kết thúc ngày:</source>
        <translation>Several days, ending on:</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Tên khóa (*)</source>
        <translation>Course name (*)</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Chưa nhập tên khóa bồi dưỡng.</source>
        <translation>The course name is missing.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Không hoạt động quá:</source>
        <translation>Inactive for more than:</translation>
    </message>
    <message>
        <source>tổ đang hoạt động</source>
        <translation>active teams</translation>
    </message>
    <message>
        <source>thành viên</source>
        <translation>members</translation>
    </message>
    <message>
        <source>hoạt động trong kỳ</source>
        <translation>activities in the period</translation>
    </message>
    <message>
        <source>lượt người được hỗ trợ</source>
        <translation>people supported (counting repeats)</translation>
    </message>
    <message>
        <source>lượt hộ được hỗ trợ</source>
        <translation>households supported (counting repeats)</translation>
    </message>
    <message>
        <source>thành viên chưa được bồi dưỡng</source>
        <translation>members not yet trained</translation>
    </message>
    <message>
        <source>Hoạt động theo trụ cột</source>
        <translation>Activities by pillar</translation>
    </message>
    <message>
        <source>Người được hỗ trợ theo nhóm kỹ năng số</source>
        <translation>People supported by digital skill group</translation>
    </message>
    <message>
        <source>Hoạt động theo hình thức</source>
        <translation>Activities by type</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Kết quả theo chỉ số và chỉ tiêu của kỳ</source>
        <translation>Results against the indicators and targets of the period</translation>
    </message>
    <message>
        <source>{0} ({1}) — số liệu tổ và thành viên tính đến ngày {2}.</source>
        <translation>{0} ({1}) — team and member figures as of {2}.</translation>
    </message>
    <message>
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>chưa có chỉ tiêu</source>
        <translation>no target set</translation>
    </message>
    <message>
        <source>Thôn, tổ không có hoạt động trong {0} ngày</source>
        <translation>Villages and teams with no activity in {0} days</translation>
    </message>
    <message>
        <source>Tất cả các thôn và tổ đều có hoạt động.</source>
        <translation>All villages and teams have activities.</translation>
    </message>
    <message>
        <source>chưa có hoạt động nào</source>
        <translation>no activities yet</translation>
    </message>
    <message>
        <source>lần cuối {0}</source>
        <translation>last on {0}</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Lập quyết định thành lập, kiện toàn Tổ</source>
        <translation>Draw up a decision founding or re-forming teams</translation>
    </message>
    <message>
        <source>Khôi phục nội dung &amp;mặc định</source>
        <translation>Restore &amp;default text</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Ban hành và lưu PDF…</source>
        <translation>&amp;Issue and save PDF…</translation>
    </message>
    <message>
        <source>Lưu tệp PDF và ghi vào sổ văn bản kèm dữ liệu lúc ban hành</source>
        <translation>Save the PDF file and enter it in the document register together with the data at the time of issue</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Tất cả Tổ cấp thôn đang hoạt động ({0})</source>
        <translation>&amp;All active village-level teams ({0})</translation>
    </message>
    <message>
        <source>&amp;Chọn Tổ:</source>
        <translation>&amp;Choose teams:</translation>
    </message>
    <message>
        <source>Tổ trong quyết định</source>
        <translation>Teams in the decision</translation>
    </message>
    <message>
        <source>Số, ngày và người ký</source>
        <translation>Number, date and signer</translation>
    </message>
    <message>
        <source>&amp;Loại quyết định:</source>
        <translation>Decision &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Ngày ban hành:</source>
        <translation>Issued &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Hình thức ký:</source>
        <translation>&amp;Signing capacity:</translation>
    </message>
    <message>
        <source>&amp;Người ký:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>T&amp;rích yếu:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>Thẩm &amp;quyền:</source>
        <translation>Aut&amp;hority:</translation>
    </message>
    <message>
        <source>Căn &amp;cứ
(mỗi dòng một căn cứ):</source>
        <translation>P&amp;ursuant to
(one basis per line):</translation>
    </message>
    <message>
        <source>Theo đề ng&amp;hị của:</source>
        <translation>At the p&amp;roposal of:</translation>
    </message>
    <message>
        <source>Điều &amp;1:</source>
        <translation>Article &amp;1:</translation>
    </message>
    <message>
        <source>Điều &amp;2
(mỗi dòng một đoạn):</source>
        <translation>Article &amp;2
(one paragraph per line):</translation>
    </message>
    <message>
        <source>Điều &amp;3:</source>
        <translation>Article &amp;3:</translation>
    </message>
    <message>
        <source>Nơi nhậ&amp;n
(mỗi dòng một nơi):</source>
        <translation>R&amp;ecipients
(one per line):</translation>
    </message>
    <message>
        <source>Nội dung quyết định (sửa được trước khi in)</source>
        <translation>Text of the decision (can be edited before printing)</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một Tổ.</source>
        <translation>Choose at least one team.</translation>
    </message>
    <message>
        <source>Số tiếp theo trong sổ năm {0}: {1}</source>
        <translation>Next number in the {0} register: {1}</translation>
    </message>
    <message>
        <source>Phụ lục danh sách thành viên: {0} Tổ, {1} người (theo danh sách hiện tại).</source>
        <translation>Member list annex: {0} teams, {1} people (from the current list).</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Tìm theo số, trích yếu, người ký, tên Tổ… (gõ không dấu cũng được)</source>
        <translation>Search by number, summary, signer, team name… (typing without accents works too)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu tổng hợp của cấp trên: xem sổ văn bản của các xã và lập báo cáo tổng hợp; quyết định do xã ban hành.</source>
        <translation>Upper level&apos;s consolidated database: view the communes&apos; document registers and draw up consolidated reports; decisions are issued by the communes.</translation>
    </message>
    <message>
        <source>Lập &amp;quyết định…</source>
        <translation>&amp;New decision…</translation>
    </message>
    <message>
        <source>Lập &amp;báo cáo…</source>
        <translation>New &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Xem / in lại…</source>
        <translation>&amp;View / reprint…</translation>
    </message>
    <message>
        <source>&amp;Lưu lại bản PDF…</source>
        <translation>&amp;Save the PDF again…</translation>
    </message>
    <message>
        <source>Tạo lại đúng tệp PDF đã ban hành từ dữ liệu lưu kèm</source>
        <translation>Recreate the exact PDF file that was issued, from the data stored with it</translation>
    </message>
    <message>
        <source>Mở bằng &amp;trình đọc PDF</source>
        <translation>&amp;Open in a PDF reader</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ văn bản đã ban hành&lt;/b&gt;</source>
        <translation>&lt;b&gt;Register of issued documents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} / {1} văn bản</source>
        <translation>{0} / {1} documents</translation>
    </message>
    <message>
        <source>Xem trước quyết định</source>
        <translation>Decision preview</translation>
    </message>
    <message>
        <source>&amp;Ban hành và lưu PDF…</source>
        <translation>&amp;Issue and save PDF…</translation>
    </message>
    <message>
        <source>Ban hành quyết định: lưu tệp PDF</source>
        <translation>Issue the decision: save the PDF file</translation>
    </message>
    <message>
        <source>Lưu &amp;PDF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Ban hành báo cáo: lưu tệp PDF</source>
        <translation>Issue the report: save the PDF file</translation>
    </message>
    <message>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo vào {0}.</source>
        <translation>Report saved to {0}.</translation>
    </message>
    <message>
        <source>Lưu báo cáo dạng Excel</source>
        <translation>Save the report as Excel</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo Excel vào {0}.</source>
        <translation>Excel report saved to {0}.</translation>
    </message>
    <message>
        <source>{0} — số {1}</source>
        <translation>{0} — no. {1}</translation>
    </message>
    <message>
        <source>Lưu lại bản PDF đã ban hành</source>
        <translation>Save the issued PDF again</translation>
    </message>
    <message>
        <source>Đã lưu lại {0} vào {1}, giống hệt bản đã ban hành.</source>
        <translation>Saved {0} again to {1}, identical to the issued copy.</translation>
    </message>
    <message>
        <source>Đã lưu lại {0} vào {1} từ dữ liệu lúc ban hành (định dạng khác bản gốc do chương trình đã nâng cấp).</source>
        <translation>Saved {0} again to {1} from the data at the time of issue (the layout differs from the original because the program has been upgraded).</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
        <source>Đã ban hành văn bản số {0} và ghi vào sổ; tệp PDF: {1}</source>
        <translation>Issued document no. {0} and entered it in the register; PDF file: {1}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng.
Hãy gửi chi tiết lỗi (nút Hiện chi tiết) cho cán bộ kỹ thuật.</source>
        <translation>An unexpected error occurred. Saved data is not affected.
Please send the error details (Show Details button) to technical staff.</translation>
    </message>
    <message>
        <source>TCNS Desktop — Lỗi</source>
        <translation>TCNS Desktop — Error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi ngoài dự kiến; dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký.</source>
        <translation>An unexpected error occurred; the saved data is not affected. The details have been written to the log.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx, .xls) hoặc .csv chứa danh sách.</source>
        <translation>Choose an Excel file (.xlsx, .xls) or a .csv holding the list.</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Lỗi / lưu ý</source>
        <translation>Errors / notes</translation>
    </message>
    <message>
        <source>Chọn &amp;tệp…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Nhập dữ liệu</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Lưu các dòng lỗi ra Excel…</source>
        <translation>&amp;Save the rejected rows to Excel…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.csv);;Tất cả các tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Đang đọc và kiểm tra {0}…</source>
        <translation>Reading and checking {0}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} dòng thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} rows new, {2} updated, {3} unchanged, {4} rejected.</translation>
    </message>
    <message>
        <source>Thôn mới sẽ được thêm: {0}.</source>
        <translation>New villages to be added: {0}.</translation>
    </message>
    <message>
        <source>Tổ mới sẽ được thêm: {0}.</source>
        <translation>New teams to be added: {0}.</translation>
    </message>
    <message>
        <source>Chưa có gì được ghi vào dữ liệu cho đến khi bấm “Nhập dữ liệu”.</source>
        <translation>Nothing is written to the data until you press “Import”.</translation>
    </message>
    <message>
        <source>&amp;Nhập {0} dòng</source>
        <translation>&amp;Import {0} rows</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Đã nhập: {0} người mới, {1} cập nhật; {2} dòng bị từ chối (chưa nhập). Thêm {3} thôn, {4} tổ. Bản sao lưu trước khi nhập: {5}</source>
        <translation>Imported: {0} new people, {1} updated; {2} rows rejected (not imported). Added {3} villages, {4} teams. Backup made before the import: {5}</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>Đã lưu {0} dòng lỗi vào {1}. Sửa theo cột “Lỗi” rồi nhập lại tệp đó.</source>
        <translation>Saved {0} rejected rows to {1}. Fix them as the “Lỗi” column says, then import that file again.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã nhập trước đây</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Chờ gói trước</source>
        <translation>Waiting for an earlier bundle</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu — xem trước</source>
        <translation>Import data bundles — preview</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation>Bundle no.</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{0} gói: {1} nhập được, {2} bị từ chối, {3} đã nhập trước đây. Chưa có gì được ghi vào cơ sở dữ liệu cho đến khi bấm Nhập; gói bị từ chối không làm thay đổi gì.</source>
        <translation>{0} bundles: {1} can be imported, {2} rejected, {3} already imported earlier. Nothing is written to the database until you press Import; rejected bundles change nothing.</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <source>Chi tiết theo xã và loại dữ liệu:</source>
        <translation>Details by commune and kind of data:</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Sửa chỉ số</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Thêm chỉ số</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Mã không đổi được: các xã nhận biết chỉ số theo mã.</source>
        <translation>The code cannot be changed: communes recognise indicators by their code.</translation>
    </message>
    <message>
        <source>&amp;Mã:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Tên chỉ số:</source>
        <translation>Indicator &amp;name:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị tính:</source>
        <translation>&amp;Unit of measure:</translation>
    </message>
    <message>
        <source>Trụ &amp;cột:</source>
        <translation>&amp;Pillar:</translation>
    </message>
    <message>
        <source>Cách &amp;cộng dồn:</source>
        <translation>&amp;Aggregation:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Tìm chỉ số theo mã hoặc tên…</source>
        <translation>Search indicators by code or name…</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên chỉ số</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Cộng dồn</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Thêm chỉ số…</source>
        <translation>&amp;Add indicator…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Ngừng dùng / dùng lại</source>
        <translation>&amp;Deactivate / reactivate</translation>
    </message>
    <message>
        <source>&amp;Xuất danh mục…</source>
        <translation>E&amp;xport catalogue…</translation>
    </message>
    <message>
        <source>Nhập &amp;danh mục…</source>
        <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
        <source>Chỉ số ngừng dùng không còn hiện khi nhập hoạt động; số liệu đã báo cáo vẫn được giữ. Để trống kết quả nghĩa là “không có số liệu”, khác với 0.</source>
        <translation>Deactivated indicators no longer appear when entering activities; figures already reported are kept. A blank result means “no data”, which is not the same as 0.</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ngừng dùng</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã lưu chỉ số {0}.</source>
        <translation>Saved the indicator {0}.</translation>
    </message>
    <message>
        <source>Đã dùng lại chỉ số.</source>
        <translation>Indicator reactivated.</translation>
    </message>
    <message>
        <source>Đã ngừng dùng chỉ số.</source>
        <translation>Indicator deactivated.</translation>
    </message>
    <message>
        <source>Xuất danh mục chỉ số</source>
        <translation>Export the indicator catalogue</translation>
    </message>
    <message>
        <source>Danh mục chỉ số (*.json)</source>
        <translation>Indicator catalogues (*.json)</translation>
    </message>
    <message>
        <source>Đã xuất danh mục ra {0}.</source>
        <translation>Catalogue exported to {0}.</translation>
    </message>
    <message>
        <source>Nhập danh mục chỉ số</source>
        <translation>Import an indicator catalogue</translation>
    </message>
    <message>
        <source>Đã nhập danh mục: {0} thêm mới, {1} cập nhật, {2} bị từ chối.</source>
        <translation>Catalogue imported: {0} new, {1} updated, {2} rejected.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tổ và thành viên</source>
        <translation>Teams and members</translation>
    </message>
    <message>
        <source>Bồi dưỡng</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Nhật ký hoạt động</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Bảng theo dõi</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Danh mục chỉ số</source>
        <translation>Indicator catalogue</translation>
    </message>
    <message>
        <source>Nền tảng, dịch vụ</source>
        <translation>Platforms and services</translation>
    </message>
    <message>
        <source>Tổ &amp;&amp; thành viên</source>
        <translation>Teams &amp;&amp; members</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Văn bản &amp;&amp; báo cáo</source>
        <translation>Documents &amp;&amp; reports</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Thiết lập thông tin &amp;xã…</source>
        <translation>Set &amp;up commune details…</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục dữ liệu</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Đã nâng cấp cấu trúc dữ liệu (có bản sao lưu trước đó).</source>
        <translation>The data structure was upgraded (a backup was made first).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu là bản sao hoặc bản khôi phục; đã cấp mã CSDL mới.</source>
        <translation>The data file is a copy or a restored backup; it was given a new database id.</translation>
    </message>
    <message>
        <source>Sẵn sàng.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Chưa thiết lập thông tin xã. Có thể thiết lập trong mục Cài đặt.</source>
        <translation>The commune is not set up yet. You can set it up under Settings.</translation>
    </message>
    <message>
        <source>Đã lưu thông tin {0}.</source>
        <translation>Saved the details of {0}.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu.</source>
        <translation>The data could not be opened.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng.</source>
        <translation>The data file is damaged.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>Damaged data file</translation>
    </message>
    <message>
        <source>Bản sao lưu tốt gần nhất: {0}.</source>
        <translation>Latest good backup: {0}.</translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu nào còn tốt.</source>
        <translation>No good backup was found.</translation>
    </message>
    <message>
        <source>Bắt đầu dữ liệu mới (giữ lại tệp hỏng)</source>
        <translation>Start with new data (keep the damaged file)</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Đã khôi phục từ bản sao lưu.</source>
        <translation>Restored from the backup.</translation>
    </message>
    <message>
        <source>Cấp trên (tổng hợp)</source>
        <translation>Upper level (consolidated)</translation>
    </message>
    <message>
        <source>Đã xuất danh sách ra {0}</source>
        <translation>List exported to {0}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày/năm sinh</source>
        <translation>Date/year of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Chức danh trong tổ</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <source>Đã bồi dưỡng</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>MergeVillageDialog</name>
    <message>
        <source>Sáp nhập thôn</source>
        <translation>Merge village</translation>
    </message>
    <message>
        <source>Thôn được sáp nhập</source>
        <translation>Village being merged</translation>
    </message>
    <message>
        <source>Sáp nhập vào</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Tổ công nghệ số</source>
        <translation>Digital-technology teams</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Lượt tham gia tổ</source>
        <translation>Team memberships</translation>
    </message>
    <message>
        <source>Khóa bồi dưỡng</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <source>Hoạt động đã ghi</source>
        <translation>Activities recorded</translation>
    </message>
    <message>
        <source>Văn bản đã ban hành</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>Mã đơn vị: {0} · {1}</source>
        <translation>Unit code: {0} · {1}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu tổng hợp của cấp trên</source>
        <translation>Upper level&apos;s consolidated database</translation>
    </message>
    <message>
        <source>Chưa thiết lập thông tin xã</source>
        <translation>Commune not set up yet</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {0}</source>
        <translation>Latest backup: {0}</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: {0}</source>
        <translation>Data file: {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Thu nhỏ (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Phóng to (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Không có trang nào</source>
        <translation>No pages</translation>
    </message>
    <message>
        <source>Trang {0}/{1}</source>
        <translation>Page {0}/{1}</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <source>Lọc theo tên (gõ không dấu cũng được)…</source>
        <translation>Filter by name (typing without accents works too)…</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Pick</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Tháng {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <source>Quý {0}</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half of the year</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Sửa thông tin thành viên</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, hoặc chỉ năm sinh</source>
        <translation>dd/mm/yyyy, or the year of birth only</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>10 chữ số, ví dụ 0912345678</source>
        <translation>10 digits, e.g. 0912345678</translation>
    </message>
    <message>
        <source>Đoàn viên Đoàn TNCS Hồ Chí Minh</source>
        <translation>Member of the Ho Chi Minh Communist Youth Union</translation>
    </message>
    <message>
        <source>Họ và tên (*)</source>
        <translation>Full name (*)</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Ngày sinh / năm sinh</source>
        <translation>Date / year of birth</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Số CCCD / định danh</source>
        <translation>Citizen ID number</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name is missing.</translation>
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Lý do kết thúc</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Khóa bồi dưỡng</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng nhận</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Thêm vào tổ…</source>
        <translation>Add to a team…</translation>
    </message>
    <message>
        <source>Chuyển tổ…</source>
        <translation>Move to another team…</translation>
    </message>
    <message>
        <source>Đổi chức danh…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Kết thúc tham gia…</source>
        <translation>End membership…</translation>
    </message>
    <message>
        <source>Tham gia tổ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Bồi dưỡng</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>5 kỹ năng số</source>
        <translation>5 digital skills</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>&amp;Sửa thông tin…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>sinh {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <source>ĐT {0}</source>
        <translation>Tel. {0}</translation>
    </message>
    <message>
        <source>CCCD {0}</source>
        <translation>ID {0}</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>Tìm nền tảng, dịch vụ…</source>
        <translation>Search platforms and services…</translation>
    </message>
    <message>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Đổi &amp;tên…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Ngừng dùng / dùng lại</source>
        <translation>&amp;Deactivate / reactivate</translation>
    </message>
    <message>
        <source>Nền tảng ngừng dùng không còn hiện khi nhập hoạt động mới; các hoạt động đã ghi vẫn giữ tên nền tảng.</source>
        <translation>Deactivated platforms no longer appear when entering new activities; activities already recorded keep the platform name.</translation>
    </message>
    <message>
        <source>{0} (ngừng dùng)</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <source>Thêm nền tảng, dịch vụ</source>
        <translation>Add a platform or service</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Đã thêm “{0}”.</source>
        <translation>Added “{0}”.</translation>
    </message>
    <message>
        <source>Đổi tên nền tảng, dịch vụ</source>
        <translation>Rename platform or service</translation>
    </message>
    <message>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Đã đổi tên thành “{0}”.</source>
        <translation>Renamed to “{0}”.</translation>
    </message>
    <message>
        <source>Đã dùng lại “{0}”.</source>
        <translation>Reactivated “{0}”.</translation>
    </message>
    <message>
        <source>Đã ngừng dùng “{0}”.</source>
        <translation>Deactivated “{0}”.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReformDialog</name>
    <message>
        <source>Kiện toàn {0}</source>
        <translation>Re-form {0}</translation>
    </message>
    <message>
        <source>Chức danh trong tổ</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Số quyết định kiện toàn (nếu có)</source>
        <translation>Re-formation decision number (if any)</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Lập báo cáo kết quả hoạt động của Tổ</source>
        <translation>Draw up a report on the teams&apos; activity results</translation>
    </message>
    <message>
        <source>Nội dung báo cáo (số liệu điền sẵn; mỗi dòng một đoạn)</source>
        <translation>Report text (figures filled in; one paragraph per line)</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Lưu &amp;Excel…</source>
        <translation>Save E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Ban hành và lưu PDF…</source>
        <translation>&amp;Issue and save PDF…</translation>
    </message>
    <message>
        <source>Lưu tệp PDF và ghi vào sổ văn bản kèm số liệu lúc ban hành</source>
        <translation>Save the PDF file and enter it in the document register together with the figures at the time of issue</translation>
    </message>
    <message>
        <source>Lưu &amp;PDF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>Kỳ báo cáo, số và người ký</source>
        <translation>Reporting period, number and signer</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>&amp;Reporting period:</translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Ngày ban hành:</source>
        <translation>Issued &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Hình thức ký:</source>
        <translation>&amp;Signing capacity:</translation>
    </message>
    <message>
        <source>N&amp;gười ký:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan báo cáo:</source>
        <translation>Reporting &amp;agency:</translation>
    </message>
    <message>
        <source>Kính &amp;gửi:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Đổi kỳ báo cáo</source>
        <translation>Change the reporting period</translation>
    </message>
    <message>
        <source>Soạn lại báo cáo với số liệu {0}? Các đoạn văn đã sửa sẽ được thay bằng nội dung mặc định.</source>
        <translation>Redraft the report with the figures for {0}? Paragraphs you have edited will be replaced with the default text.</translation>
    </message>
    <message>
        <source>Đang lấy số liệu…</source>
        <translation>Fetching the figures…</translation>
    </message>
    <message>
        <source>{0}: {1} bảng số liệu trong báo cáo, {2} biểu trong phụ lục.</source>
        <translation>{0}: {1} tables of figures in the report, {2} tables in the annex.</translation>
    </message>
    <message>
        <source>Mở đầu:</source>
        <translation>Introduction:</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <source>▦ {0} — {1} dòng, số liệu lấy tự động (xem trước để kiểm tra)</source>
        <translation>▦ {0} — {1} rows, figures filled in automatically (preview to check)</translation>
    </message>
    <message>
        <source>Bảng số liệu</source>
        <translation>Table of figures</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Thêm tổ…</source>
        <translation>Add team…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Giải thể…</source>
        <translation>Dissolve…</translation>
    </message>
    <message>
        <source>Kiện toàn…</source>
        <translation>Re-form…</translation>
    </message>
    <message>
        <source>Lập lại danh sách thành viên của tổ từ một ngày</source>
        <translation>Set the team&apos;s member list anew from a date</translation>
    </message>
    <message>
        <source>Tìm tổ…</source>
        <translation>Search teams…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Các tổ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teams&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tìm theo tên, số điện thoại, CCCD, thôn… (gõ không dấu cũng được)</source>
        <translation>Search by name, phone, ID, village… (typing without accents works too)</translation>
    </message>
    <message>
        <source>Mọi chức danh</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Đang tham gia</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Đã thôi</source>
        <translation>Former</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Bồi dưỡng: tất cả</source>
        <translation>Training: all</translation>
    </message>
    <message>
        <source>Đã bồi dưỡng</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Chưa bồi dưỡng</source>
        <translation>Not trained</translation>
    </message>
    <message>
        <source>&amp;Thêm thành viên…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>&amp;Xem / sửa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Gộp hai bản ghi…</source>
        <translation>&amp;Merge two records…</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Tất cả các tổ</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Tổ trưởng: {0}</source>
        <translation>Team leader: {0}</translation>
    </message>
    <message>
        <source>Mọi thôn</source>
        <translation>Any village</translation>
    </message>
    <message>
        <source>Mọi xã</source>
        <translation>Any commune</translation>
    </message>
    <message>
        <source>{0} / {1} người</source>
        <translation>{0} / {1} people</translation>
    </message>
    <message>
        <source>Có thể trùng người</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Dùng người đã có, hay vẫn thêm người mới?</source>
        <translation>Use the person on file, or add a new person anyway?</translation>
    </message>
    <message>
        <source>Dùng người đã có</source>
        <translation>Use the person on file</translation>
    </message>
    <message>
        <source>Vẫn thêm mới</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Đã thêm người đã có vào tổ.</source>
        <translation>Added the person on file to the team.</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Lưu ý: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Thêm vào tổ</source>
        <translation>Add to a team</translation>
    </message>
    <message>
        <source>Đã thêm vào tổ.</source>
        <translation>Added to the team.</translation>
    </message>
    <message>
        <source>Chuyển tổ</source>
        <translation>Move to another team</translation>
    </message>
    <message>
        <source>Đã chuyển tổ.</source>
        <translation>Moved.</translation>
    </message>
    <message>
        <source>Đổi chức danh</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Đã đổi chức danh.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <source>Kết thúc tham gia tổ</source>
        <translation>End team membership</translation>
    </message>
    <message>
        <source>Đã kết thúc.</source>
        <translation>Ended.</translation>
    </message>
    <message>
        <source>Đã lưu kỹ năng.</source>
        <translation>Skill saved.</translation>
    </message>
    <message>
        <source>Xóa thành viên</source>
        <translation>Delete members</translation>
    </message>
    <message>
        <source>Xóa {0} người khỏi danh sách: {1}?
Các lượt tham gia tổ đang mở sẽ kết thúc hôm nay; lịch sử vẫn được giữ.</source>
        <translation>Delete {0} people from the list: {1}?
Their open team memberships end today; the history is kept.</translation>
    </message>
    <message>
        <source>Đã xóa {0} người.</source>
        <translation>Deleted {0} people.</translation>
    </message>
    <message>
        <source>Gộp hai bản ghi</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Hãy chọn đúng hai dòng của cùng một người (giữ Ctrl khi bấm).</source>
        <translation>Select exactly two rows of the same person (hold Ctrl while clicking).</translation>
    </message>
    <message>
        <source>Gộp “{0}” vào “{1}”?
Lịch sử tham gia tổ, bồi dưỡng và kỹ năng của cả hai được giữ lại dưới một người.</source>
        <translation>Merge “{0}” into “{1}”?
The team, training and skill history of both is kept under one person.</translation>
    </message>
    <message>
        <source>Đã gộp vào {0}.</source>
        <translation>Merged into {0}.</translation>
    </message>
    <message>
        <source>Đã thêm {0}.</source>
        <translation>Added {0}.</translation>
    </message>
    <message>
        <source>Giải thể {0}</source>
        <translation>Dissolve {0}</translation>
    </message>
    <message>
        <source>Số quyết định (nếu có)</source>
        <translation>Decision number (if any)</translation>
    </message>
    <message>
        <source>Đã giải thể {0}.</source>
        <translation>Dissolved {0}.</translation>
    </message>
    <message>
        <source>Đã kiện toàn {0}: {1} thành viên.</source>
        <translation>Re-formed {0}: {1} members.</translation>
    </message>
    <message>
        <source>Xuất danh sách ra Excel</source>
        <translation>Export the list to Excel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Lưu thông tin xã</source>
        <translation>&amp;Save commune details</translation>
    </message>
    <message>
        <source>Thông tin xã</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Tên người nhập liệu (ghi vào nhật ký thay đổi)</source>
        <translation>Name of the person entering data (written to the change log)</translation>
    </message>
    <message>
        <source>Lưu &amp;tùy chọn</source>
        <translation>Save &amp;preferences</translation>
    </message>
    <message>
        <source>Tùy chọn</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Người nhập liệu</source>
        <translation>Data entered by</translation>
    </message>
    <message>
        <source>Số bản sao lưu giữ lại (mỗi loại)</source>
        <translation>Backups to keep (of each kind)</translation>
    </message>
    <message>
        <source>Sao lưu &amp;ngay</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>Khôi phục từ &amp;tệp khác…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <source>Mở thư mục sao lưu</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Đã lưu thông tin xã.</source>
        <translation>Commune details saved.</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.</source>
        <translation>The new language is used from the next start of the program.</translation>
    </message>
    <message>
        <source>Đã lưu tùy chọn.</source>
        <translation>Preferences saved.</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Hãy chọn một bản sao lưu trong danh sách.</source>
        <translation>Please choose a backup in the list.</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Tệp dữ liệu TCNS (*.sqlite3);;Tất cả các tệp (*)</source>
        <translation>TCNS data files (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu:
{0}?

Dữ liệu hiện tại sẽ được sao lưu trước (loại “Trước khi khôi phục”), nên có thể quay lại nếu cần.</source>
        <translation>Replace all current data with the backup:
{0}?

The current data is backed up first (kind “Before restore”), so you can go back if needed.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>Data restored from the backup.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Thiết lập ban đầu — TCNS Desktop</source>
        <translation>First-time setup — TCNS Desktop</translation>
    </message>
    <message>
        <source>Chào mừng đến với TCNS Desktop</source>
        <translation>Welcome to TCNS Desktop</translation>
    </message>
    <message>
        <source>Chương trình giúp UBND xã quản lý Tổ công nghệ số cộng đồng: danh sách tổ và thành viên, bồi dưỡng, hoạt động, in Quyết định và báo cáo, gửi dữ liệu lên cấp trên.

Trước hết, hãy nhập thông tin của xã. Mọi thông tin đều sửa được sau này trong mục Cài đặt.</source>
        <translation>This program helps the commune&apos;s People&apos;s Committee manage its community digital-technology teams: teams and members, training, activities, printing decisions and reports, and sending data to the upper level.

First, enter the commune&apos;s details. Everything can be changed later under Settings.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Lưu tệp &amp;khóa của xã…</source>
        <translation>Save the commune&apos;s &amp;key file…</translation>
    </message>
    <message>
        <source>Gửi tệp này cho cấp trên (một lần) để cấp trên nhận gói</source>
        <translation>Send this file to the upper level (once) so that it can accept your bundles</translation>
    </message>
    <message>
        <source>Nhập khóa của &amp;cấp trên…</source>
        <translation>Import the &amp;upper level&apos;s key…</translation>
    </message>
    <message>
        <source>Khóa ký số của xã</source>
        <translation>Commune&apos;s digital signing key</translation>
    </message>
    <message>
        <source>Chỉ phần thay đổi từ lần cấp trên xác nhận</source>
        <translation>Only the changes since the upper level&apos;s last acknowledgement</translation>
    </message>
    <message>
        <source>Toàn bộ dữ liệu</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>Tôi xác nhận dùng tệp dữ liệu này từ nay (bản khôi phục hoặc bản sao)</source>
        <translation>I confirm that this data file is used from now on (restored or copied file)</translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation>Rescan USB drives</translation>
    </message>
    <message>
        <source>&amp;Xuất gói dữ liệu</source>
        <translation>&amp;Export data bundle</translation>
    </message>
    <message>
        <source>Gói gồm:</source>
        <translation>Bundle contains:</translation>
    </message>
    <message>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>In &amp;phiếu gửi…</source>
        <translation>&amp;Print transmittal slip…</translation>
    </message>
    <message>
        <source>Soạn thư điện tử</source>
        <translation>Compose e-mail</translation>
    </message>
    <message>
        <source>Tạo thư có đính kèm gói và phiếu gửi, mở bằng chương trình thư trên máy. Dùng thư điện tử trên web thì mở thư mục và đính kèm tệp gói.</source>
        <translation>Creates an e-mail with the bundle and the transmittal slip attached and opens it in this computer&apos;s mail program. If you use web mail, open the folder and attach the bundle file.</translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên</source>
        <translation>Send data to the upper level</translation>
    </message>
    <message>
        <source>Nhập tệp &amp;xác nhận của cấp trên…</source>
        <translation>Import the upper level&apos;s &amp;acknowledgement file…</translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation>Bundle no.</translation>
    </message>
    <message>
        <source>Ngày tạo</source>
        <translation>Date created</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cấp trên đã xác nhận</source>
        <translation>Acknowledged by upper level</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Các gói đã gửi</source>
        <translation>Bundles sent</translation>
    </message>
    <message>
        <source>USB: {0}</source>
        <translation>USB: {0}</translation>
    </message>
    <message>
        <source>Thư mục khác…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>Mã nhận dạng khóa của xã: &lt;b&gt;{0}&lt;/b&gt; (in ra, ký, gửi kèm tệp khóa)</source>
        <translation>Commune&apos;s key fingerprint: &lt;b&gt;{0}&lt;/b&gt; (print it, sign it, send it with the key file)</translation>
    </message>
    <message>
        <source>Khóa của cấp trên: {0} — {1}</source>
        <translation>Upper level&apos;s key: {0} — {1}</translation>
    </message>
    <message>
        <source>Mã hóa để chỉ {0} mở được</source>
        <translation>Encrypt so that only {0} can open it</translation>
    </message>
    <message>
        <source>Chưa có khóa của cấp trên: gói vẫn được ký số nhưng không mã hóa. Nhập tệp khóa cấp trên gửi để mã hóa gói (mất USB cũng không lộ số định danh).</source>
        <translation>No upper-level key yet: bundles are still signed digitally but not encrypted. Import the key file sent by the upper level to encrypt bundles (then even a lost USB stick does not expose ID numbers).</translation>
    </message>
    <message>
        <source>Mã hóa gói (cần khóa của cấp trên)</source>
        <translation>Encrypt the bundle (needs the upper level&apos;s key)</translation>
    </message>
    <message>
        <source>Chưa gửi gói nào: gói đầu tiên là toàn bộ dữ liệu.</source>
        <translation>No bundle sent yet: the first bundle contains all data.</translation>
    </message>
    <message>
        <source>Gói gần nhất: số {0}, ngày {1}.</source>
        <translation>Latest bundle: no. {0}, dated {1}.</translation>
    </message>
    <message>
        <source>Cấp trên đã xác nhận nhận đủ mọi thay đổi.</source>
        <translation>The upper level has acknowledged receiving all changes.</translation>
    </message>
    <message>
        <source>Có thay đổi cấp trên chưa xác nhận đã nhận: gói tiếp theo sẽ gửi lại chúng.</source>
        <translation>Some changes are not yet acknowledged by the upper level: the next bundle will send them again.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này là bản khôi phục hoặc bản sao ({0}). Trước khi gửi, hãy xác nhận dùng nó từ nay; gói sẽ là gói đầy đủ.</source>
        <translation>This data file is a restored or copied file ({0}). Before sending, confirm that it is used from now on; the bundle will be a full bundle.</translation>
    </message>
    <message>
        <source>đầy đủ</source>
        <translation>full</translation>
    </message>
    <message>
        <source>bổ sung</source>
        <translation>incremental</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Lưu gói dữ liệu vào</source>
        <translation>Save the data bundle to</translation>
    </message>
    <message>
        <source>Đang xuất và kiểm tra gói…</source>
        <translation>Exporting and checking the bundle…</translation>
    </message>
    <message>
        <source>Đã xuất gói số {0} ({1} bản ghi) và đọc lại kiểm tra: tốt.
Tệp: {2}
Mã kiểm tra (SHA-256): {3}
Phiếu gửi: {4}</source>
        <translation>Exported bundle no. {0} ({1} records) and read it back to check it: good.
File: {2}
Checksum (SHA-256): {3}
Transmittal slip: {4}</translation>
    </message>
    <message>
        <source>Đã xuất gói dữ liệu số {0}.</source>
        <translation>Exported data bundle no. {0}.</translation>
    </message>
    <message>
        <source>Chưa xuất được gói</source>
        <translation>Could not export the bundle</translation>
    </message>
    <message>
        <source>Phiếu gửi gói dữ liệu</source>
        <translation>Data bundle transmittal slip</translation>
    </message>
    <message>
        <source>Đã tạo thư nháp: {0}</source>
        <translation>E-mail draft created: {0}</translation>
    </message>
    <message>
        <source>Lưu tệp khóa vào</source>
        <translation>Save the key file to</translation>
    </message>
    <message>
        <source>Đã lưu tệp khóa: {0}</source>
        <translation>Key file saved: {0}</translation>
    </message>
    <message>
        <source>Chọn tệp khóa của cấp trên</source>
        <translation>Choose the upper level&apos;s key file</translation>
    </message>
    <message>
        <source>Đã nhập khóa của {0}. Hãy so mã nhận dạng {1} với phiếu có chữ ký.</source>
        <translation>Imported the key of {0}. Compare the fingerprint {1} with the signed printout.</translation>
    </message>
    <message>
        <source>Chọn tệp xác nhận của cấp trên</source>
        <translation>Choose the upper level&apos;s acknowledgement file</translation>
    </message>
    <message>
        <source>Tệp xác nhận này đã được nhập trước đây.</source>
        <translation>This acknowledgement file was already imported.</translation>
    </message>
    <message>
        <source>{0} xác nhận đã nhận đủ đến thay đổi số {1}.</source>
        <translation>{0} acknowledges receiving everything up to change no. {1}.</translation>
    </message>
    <message>
        <source>Lưu tệp &amp;khóa của cấp trên…</source>
        <translation>Save the upper level&apos;s &amp;key file…</translation>
    </message>
    <message>
        <source>Gửi tệp này cho các xã để xã mã hóa gói gửi lên</source>
        <translation>Send this file to the communes so that they can encrypt the bundles they send up</translation>
    </message>
    <message>
        <source>Đăng ký khóa của &amp;xã…</source>
        <translation>Register a &amp;commune&apos;s key…</translation>
    </message>
    <message>
        <source>Thu &amp;hồi khóa…</source>
        <translation>&amp;Revoke key…</translation>
    </message>
    <message>
        <source>&amp;Nhập gói dữ liệu…</source>
        <translation>&amp;Import data bundles…</translation>
    </message>
    <message>
        <source>Nhập cả thư mục / &amp;USB…</source>
        <translation>Import a whole folder / &amp;USB…</translation>
    </message>
    <message>
        <source>Ghi tệp &amp;xác nhận cho các xã…</source>
        <translation>Write &amp;acknowledgement files for the communes…</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Số gói đã nhận</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>Ngày nhập</source>
        <translation>Date imported</translation>
    </message>
    <message>
        <source>Dữ liệu đầy đủ đến</source>
        <translation>Data complete up to</translation>
    </message>
    <message>
        <source>Còn thiếu / lưu ý</source>
        <translation>Missing / notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tình trạng nhận dữ liệu của các xã&lt;/b&gt;</source>
        <translation>&lt;b&gt;Data received from the communes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} — mã nhận dạng khóa: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{0} — key fingerprint: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>thiếu gói số {0}</source>
        <translation>missing bundle no. {0}</translation>
    </message>
    <message>
        <source>gói {0} chờ gói trước</source>
        <translation>bundle {0} waiting for an earlier one</translation>
    </message>
    <message>
        <source>khóa đã thu hồi</source>
        <translation>key revoked</translation>
    </message>
    <message>
        <source>chưa gửi gói nào</source>
        <translation>no bundle sent yet</translation>
    </message>
    <message>
        <source>{0} xã đã đăng ký khóa.</source>
        <translation>Communes with a registered key: {0}.</translation>
    </message>
    <message>
        <source>Chọn tệp khóa của xã</source>
        <translation>Choose the commune&apos;s key file</translation>
    </message>
    <message>
        <source>Đã đăng ký {0} ({1}); mã nhận dạng {2}.</source>
        <translation>Registered {0} ({1}); fingerprint {2}.</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Thu hồi khóa {0} của {1}? Gói ký bằng khóa này sẽ bị từ chối (dùng khi máy của xã bị mất hoặc đổi máy).</source>
        <translation>Revoke key {0} of {1}? Bundles signed with this key will be rejected (use this when the commune&apos;s computer is lost or replaced).</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của {0}.</source>
        <translation>Revoked the key of {0}.</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc USB có gói</source>
        <translation>Choose the folder or USB drive with the bundles</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose data bundles</translation>
    </message>
    <message>
        <source>Gói dữ liệu TCNS (*.tcns)</source>
        <translation>TCNS data bundles (*.tcns)</translation>
    </message>
    <message>
        <source>Đã nhập {0} gói; {1} bị từ chối; {2} chờ gói trước.</source>
        <translation>Imported {0} bundles; {1} rejected; {2} waiting for an earlier bundle.</translation>
    </message>
    <message>
        <source>Lưu tệp xác nhận vào</source>
        <translation>Save the acknowledgement files to</translation>
    </message>
    <message>
        <source>Đã ghi {0} tệp xác nhận vào {1}.</source>
        <translation>Wrote {0} acknowledgement files to {1}.</translation>
    </message>
    <message>
        <source>ví dụ: Sở Khoa học và Công nghệ tỉnh Phú Thọ</source>
        <translation>e.g. Department of Science and Technology of Phú Thọ province</translation>
    </message>
    <message>
        <source>mã ngắn, ví dụ SKHCN-PT (không bắt buộc)</source>
        <translation>short code, e.g. SKHCN-PT (optional)</translation>
    </message>
    <message>
        <source>Thiết lập cơ sở dữ liệu &amp;tổng hợp</source>
        <translation>Set up the &amp;consolidated database</translation>
    </message>
    <message>
        <source>Tên cơ quan cấp trên:</source>
        <translation>Upper-level office name:</translation>
    </message>
    <message>
        <source>Mã cơ quan:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>Dữ liệu này chưa thuộc xã nào. Nếu đây là máy của xã, hãy thiết lập thông tin xã (Tệp › Thiết lập thông tin xã). Nếu đây là máy của cơ quan cấp trên (Sở, phòng) dùng để gộp dữ liệu các xã, hãy thiết lập cơ sở dữ liệu tổng hợp:</source>
        <translation>This data does not belong to any commune yet. If this is a commune&apos;s computer, set up the commune details (File › Set up commune details). If this is the computer of an upper-level office (provincial department or district office) used to merge the communes&apos; data, set up the consolidated database:</translation>
    </message>
    <message>
        <source>Đã thiết lập cơ sở dữ liệu tổng hợp của {0}.</source>
        <translation>Set up the consolidated database of {0}.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>&amp;Lưu chỉ tiêu</source>
        <translation>&amp;Save targets</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác thay đổi</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Giao cho:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <source>Gõ số chỉ tiêu vào ô; để trống nếu không giao chỉ tiêu. Tiến độ được tính từ kết quả các hoạt động (xem Bảng theo dõi).</source>
        <translation>Type the target figures into the cells; leave a cell blank if no target is set. Progress is calculated from the results of the activities (see Dashboard).</translation>
    </message>
    <message>
        <source>Toàn xã</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <source>Chỉ số (đơn vị)</source>
        <translation>Indicator (unit)</translation>
    </message>
    <message>
        <source>{0} chỉ tiêu đã giao cho kỳ này.</source>
        <translation>{0} targets set for this period.</translation>
    </message>
    <message>
        <source>Chưa có thôn hoặc tổ nào để giao chỉ tiêu.</source>
        <translation>There are no villages or teams to set targets for yet.</translation>
    </message>
    <message>
        <source>“{0}” ở dòng “{1}”, cột “{2}” không phải là số.</source>
        <translation>“{0}” in row “{1}”, column “{2}” is not a number.</translation>
    </message>
    <message>
        <source>Không có thay đổi nào để lưu.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <source>Đã lưu chỉ tiêu: {0} mới, {1} sửa, {2} bỏ.</source>
        <translation>Targets saved: {0} new, {1} changed, {2} removed.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Sửa tổ</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <source>Thêm tổ</source>
        <translation>Add team</translation>
    </message>
    <message>
        <source>Tên hoặc đường dẫn nhóm Zalo của tổ</source>
        <translation>Name or link of the team&apos;s Zalo group</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Tên tổ (*)</source>
        <translation>Team name (*)</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Nhóm Zalo</source>
        <translation>Zalo group</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Chưa nhập tên tổ.</source>
        <translation>The team name is missing.</translation>
    </message>
</context>
<context>
    <name>TeamRoleDateDialog</name>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Chức danh trong tổ</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Khóa bồi dưỡng</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Thêm khóa…</source>
        <translation>&amp;Add course…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Người tham gia, chứng nhận…</source>
        <translation>&amp;Participants, certificates…</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Bồi dưỡng và 5 kỹ năng số của các thành viên</source>
        <translation>Members&apos; training and 5 digital skills</translation>
    </message>
    <message>
        <source>Tìm khóa bồi dưỡng (tên, đơn vị tổ chức)…</source>
        <translation>Search courses (name, organiser)…</translation>
    </message>
    <message>
        <source>Xuất bồi dưỡng ra Excel</source>
        <translation>Export training to Excel</translation>
    </message>
    <message>
        <source>Đã xuất ra {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Đã thêm khóa {0}.</source>
        <translation>Added the course {0}.</translation>
    </message>
    <message>
        <source>Xóa khóa bồi dưỡng</source>
        <translation>Delete training course</translation>
    </message>
    <message>
        <source>Xóa khóa “{0}” và danh sách người tham gia?</source>
        <translation>Delete the course “{0}” and its participant list?</translation>
    </message>
    <message>
        <source>Đã lưu {0} người tham gia.</source>
        <translation>Saved {0} participants.</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <source>Sửa thôn</source>
        <translation>Edit village</translation>
    </message>
    <message>
        <source>Thêm thôn, tổ dân phố</source>
        <translation>Add a village or residential group</translation>
    </message>
    <message>
        <source>Tên (*)</source>
        <translation>Name (*)</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mã (nếu có)</source>
        <translation>Code (if any)</translation>
    </message>
    <message>
        <source>Tên thôn không được để trống.</source>
        <translation>The village name cannot be empty.</translation>
    </message>
</context>
<context>
    <name>VillageEditor</name>
    <message>
        <source>Tìm thôn (gõ không dấu cũng được)…</source>
        <translation>Search villages (typing without accents works too)…</translation>
    </message>
    <message>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Dán &amp;danh sách…</source>
        <translation>Paste a &amp;list…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Sáp &amp;nhập…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Thôn này đã có trong danh sách.</source>
        <translation>This village is already in the list.</translation>
    </message>
    <message>
        <source>Dán danh sách thôn</source>
        <translation>Paste a list of villages</translation>
    </message>
    <message>
        <source>Mỗi dòng một thôn, tổ dân phố (có thể dán từ Excel):</source>
        <translation>One village or residential group per line (can be pasted from Excel):</translation>
    </message>
    <message>
        <source>Xóa thôn</source>
        <translation>Delete village</translation>
    </message>
    <message>
        <source>Xóa thôn “{0}” khỏi danh sách?
Lịch sử các tổ và hoạt động của thôn vẫn được giữ lại.</source>
        <translation>Delete the village “{0}” from the list?
The history of its teams and activities is kept.</translation>
    </message>
    <message>
        <source>Sáp nhập thôn</source>
        <translation>Merge village</translation>
    </message>
    <message>
        <source>Không có thôn nào khác để sáp nhập vào.</source>
        <translation>There is no other village to merge into.</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <source>Tên thôn, tổ dân phố</source>
        <translation>Village or residential group</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã sáp nhập vào {0}</source>
        <translation>Merged into {0}</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Thông tin xã, phường</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <source>Các mục có dấu (*) là bắt buộc.</source>
        <translation>Fields marked (*) are required.</translation>
    </message>
</context>
<context>
    <name>_LeadersPage</name>
    <message>
        <source>Lãnh đạo UBND và văn bản</source>
        <translation>People&apos;s Committee leaders and documents</translation>
    </message>
    <message>
        <source>Người ký Quyết định thành lập Tổ và nơi nhận báo cáo định kỳ.</source>
        <translation>Who signs the team&apos;s founding decision, and who receives the periodic reports.</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Kiểm tra và hoàn tất</source>
        <translation>Check and finish</translation>
    </message>
    <message>
        <source>mã {0}</source>
        <translation>code {0}</translation>
    </message>
    <message>
        <source>Ký hiệu quyết định: {0}</source>
        <translation>Decision symbol: {0}</translation>
    </message>
    <message>
        <source>Số thôn, tổ dân phố: {0}</source>
        <translation>Villages and residential groups: {0}</translation>
    </message>
    <message>
        <source>Cần sửa:</source>
        <translation>To correct:</translation>
    </message>
</context>
<context>
    <name>_VillagesPage</name>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Nhập các thôn, bản, tổ dân phố của xã. Có thể dán cả danh sách từ Excel; có thể bổ sung sau trong Cài đặt.</source>
        <translation>Enter the commune&apos;s villages, hamlets and residential groups. A whole list can be pasted from Excel; more can be added later under Settings.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu.</source>
        <translation>Stopped on request.</translation>
    </message>
    <message>
        <source>TCNS Desktop: quản lý Tổ công nghệ số cộng đồng cấp xã.</source>
        <translation>TCNS Desktop: managing a commune&apos;s community digital-technology teams.</translation>
    </message>
    <message>
        <source>thư mục chứa dữ liệu, cấu hình, nhật ký và sao lưu (thay cho mặc định)</source>
        <translation>folder for data, configuration, logs and backups (instead of the default)</translation>
    </message>
    <message>
        <source>ngôn ngữ: vi hoặc en</source>
        <translation>language: vi or en</translation>
    </message>
    <message>
        <source>ghi nhật ký chi tiết</source>
        <translation>write a detailed log</translation>
    </message>
    <message>
        <source>kiểm tra nhanh bản cài đặt (tạo CSDL tạm, nạp phông chữ, bản dịch)</source>
        <translation>quick check of the installation (temporary database, fonts, translations)</translation>
    </message>
    <message>
        <source>lệnh</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>mở cửa sổ chương trình (mặc định)</source>
        <translation>open the program window (default)</translation>
    </message>
    <message>
        <source>thiết lập thông tin xã không cần cửa sổ</source>
        <translation>set up the commune without the window</translation>
    </message>
    <message>
        <source>tệp TOML chứa thông tin xã</source>
        <translation>TOML file with the commune&apos;s details</translation>
    </message>
    <message>
        <source>in tệp mẫu</source>
        <translation>print an example file</translation>
    </message>
    <message>
        <source>họ tên Chủ tịch UBND</source>
        <translation>full name of the chairperson</translation>
    </message>
    <message>
        <source>tên thôn (lặp lại)</source>
        <translation>village name (repeatable)</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu để thử và đo tốc độ</source>
        <translation>create demo data for trying out and benchmarks</translation>
    </message>
    <message>
        <source>kiểm tra tính toàn vẹn và phiên bản dữ liệu</source>
        <translation>check the data&apos;s integrity and schema version</translation>
    </message>
    <message>
        <source>sao lưu dữ liệu ngay</source>
        <translation>back up the data now</translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation>list the backups</translation>
    </message>
    <message>
        <source>khôi phục dữ liệu từ bản sao lưu</source>
        <translation>restore the data from a backup</translation>
    </message>
    <message>
        <source>tệp sao lưu</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>dùng bản sao lưu tốt gần nhất</source>
        <translation>use the latest good backup</translation>
    </message>
    <message>
        <source>danh sách thành viên</source>
        <translation>the member list</translation>
    </message>
    <message>
        <source>nhập danh sách từ Excel hoặc CSV</source>
        <translation>import a list from Excel or CSV</translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi</source>
        <translation>check only, write nothing</translation>
    </message>
    <message>
        <source>lưu các dòng bị từ chối (kèm cột Lỗi) vào tệp này</source>
        <translation>save the rejected rows (with an error column) to this file</translation>
    </message>
    <message>
        <source>xuất danh sách ra Excel</source>
        <translation>export the list to Excel</translation>
    </message>
    <message>
        <source>xuất bồi dưỡng và 5 kỹ năng số thay cho danh sách</source>
        <translation>export training and the 5 digital skills instead of the list</translation>
    </message>
    <message>
        <source>số liệu của một kỳ: tổ, thành viên, hoạt động, chỉ tiêu</source>
        <translation>figures for a period: teams, members, activities, targets</translation>
    </message>
    <message>
        <source>kỳ thống kê: 2026-07 (tháng), 2026-Q3 (quý), 2026-H2 (6 tháng), 2026 (năm)</source>
        <translation>statistics period: 2026-07 (month), 2026-Q3 (quarter), 2026-H2 (half-year), 2026 (year)</translation>
    </message>
    <message>
        <source>cấp trên: chỉ tính một xã (mã 5 chữ số)</source>
        <translation>upper level: count one commune only (5-digit code)</translation>
    </message>
    <message>
        <source>số ngày không hoạt động để nêu tên thôn, tổ (mặc định 30)</source>
        <translation>days without activity after which a village or team is named (default 30)</translation>
    </message>
    <message>
        <source>in dạng JSON (khóa cố định) thay cho bảng</source>
        <translation>print JSON (fixed keys) instead of tables</translation>
    </message>
    <message>
        <source>xem hoặc đổi cài đặt</source>
        <translation>show or change settings</translation>
    </message>
    <message>
        <source>Đã nâng cấp cấu trúc dữ liệu; bản sao lưu trước khi nâng cấp: {path}</source>
        <translation>The data structure was upgraded; backup made before the upgrade: {path}</translation>
    </message>
    <message>
        <source>Lưu ý: tệp dữ liệu là bản sao hoặc bản khôi phục; đã cấp mã CSDL mới để cấp trên không trộn lẫn lịch sử.</source>
        <translation>Note: the data file is a copy or a restored backup; it was given a new database id so the upper level does not mix up histories.</translation>
    </message>
    <message>
        <source>Cần --config FILE.toml, hoặc đủ --province-code, --commune-code, --commune-name và --chair. Xem mẫu: tcns init --print-example</source>
        <translation>Needs --config FILE.toml, or all of --province-code, --commune-code, --commune-name and --chair. See an example: tcns init --print-example</translation>
    </message>
    <message>
        <source>Đã lưu thông tin {name} (mã {code}, {province}), {villages} thôn/tổ dân phố.</source>
        <translation>Saved {name} (code {code}, {province}), {villages} villages/residential groups.</translation>
    </message>
    <message>
        <source>Đã sao lưu trước khi tạo dữ liệu mẫu: {path}</source>
        <translation>Backed up before creating demo data: {path}</translation>
    </message>
    <message>
        <source>Đã tạo dữ liệu mẫu: {communes} xã, {teams} tổ, {people} thành viên, {activities} hoạt động trong {seconds:.1f} giây.</source>
        <translation>Demo data created: {communes} communes, {teams} teams, {people} members, {activities} activities in {seconds:.1f} seconds.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: {path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <source>Tính toàn vẹn: HỎNG</source>
        <translation>Integrity: DAMAGED</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tốt gần nhất: tcns restore --latest</source>
        <translation>Restore the latest good backup: tcns restore --latest</translation>
    </message>
    <message>
        <source>Chưa có tệp dữ liệu (sẽ được tạo khi mở chương trình).</source>
        <translation>No data file yet (it is created when the program opens).</translation>
    </message>
    <message>
        <source>Tính toàn vẹn: tốt</source>
        <translation>Integrity: good</translation>
    </message>
    <message>
        <source>mới nhất</source>
        <translation>current</translation>
    </message>
    <message>
        <source>cần nâng cấp</source>
        <translation>needs an upgrade</translation>
    </message>
    <message>
        <source>Phiên bản cấu trúc: {revision} (mới nhất: {head}) — {state}</source>
        <translation>Schema version: {revision} (latest: {head}) — {state}</translation>
    </message>
    <message>
        <source>Mã máy (site): {site}</source>
        <translation>Site id: {site}</translation>
    </message>
    <message>
        <source>Mã CSDL: {database}</source>
        <translation>Database id: {database}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu tổng hợp của cấp trên.</source>
        <translation>The upper level&apos;s consolidated database.</translation>
    </message>
    <message>
        <source>Chưa thiết lập thông tin xã.</source>
        <translation>The commune is not set up yet.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào còn tốt để khôi phục.</source>
        <translation>There is no good backup to restore.</translation>
    </message>
    <message>
        <source>Hãy chỉ ra tệp sao lưu, hoặc dùng --latest.</source>
        <translation>Name a backup file, or use --latest.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {path}</source>
        <translation>Data restored from {path}</translation>
    </message>
    <message>
        <source>Tệp hỏng trước đó được giữ lại tại {path}</source>
        <translation>The damaged file was kept at {path}</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được lưu tại {path}</source>
        <translation>The data as it was before the restore is saved at {path}</translation>
    </message>
    <message>
        <source>{file}: {add} thêm mới, {update} cập nhật, {same} không đổi, {reject} bị từ chối.</source>
        <translation>{file}: {add} new, {update} updated, {same} unchanged, {reject} rejected.</translation>
    </message>
    <message>
        <source>  Lỗi — {where}: {message}</source>
        <translation>  Error — {where}: {message}</translation>
    </message>
    <message>
        <source>  Lưu ý — {where}: {message}</source>
        <translation>  Note — {where}: {message}</translation>
    </message>
    <message>
        <source>Thôn mới: {names}</source>
        <translation>New villages: {names}</translation>
    </message>
    <message>
        <source>Tổ mới: {names}</source>
        <translation>New teams: {names}</translation>
    </message>
    <message>
        <source>Đã lưu {count} dòng bị từ chối vào {path}</source>
        <translation>Saved {count} rejected rows to {path}</translation>
    </message>
    <message>
        <source>Chạy thử: chưa ghi gì vào dữ liệu.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Đã nhập: {added} thêm mới, {updated} cập nhật; sao lưu trước: {backup}</source>
        <translation>Imported: {added} new, {updated} updated; backup made first: {backup}</translation>
    </message>
    <message>
        <source>Đã xuất danh sách ra {path}</source>
        <translation>List exported to {path}</translation>
    </message>
    <message>
        <source>không có số liệu</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Nội dung (đơn vị tính)</source>
        <translation>Indicator (unit)</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Theo xã</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Theo thôn, tổ dân phố</source>
        <translation>By village, residential group</translation>
    </message>
    <message>
        <source>chưa có hoạt động nào</source>
        <translation>no activities yet</translation>
    </message>
    <message>
        <source>{days} ngày, lần cuối {day}</source>
        <translation>{days} days, last on {day}</translation>
    </message>
    <message>
        <source>  … và {count} nơi khác</source>
        <translation>  … and {count} more</translation>
    </message>
    <message>
        <source>Thống kê {period} ({dates}) — {scope}</source>
        <translation>Statistics for {period} ({dates}) — {scope}</translation>
    </message>
    <message>
        <source>Tổ và thành viên tính đến ngày {day}.</source>
        <translation>Teams and members as of {day}.</translation>
    </message>
    <message>
        <source>Tổ đang hoạt động: {teams}    Thành viên: {members}</source>
        <translation>Active teams: {teams}    Members: {members}</translation>
    </message>
    <message>
        <source>Hoạt động: {activities}    Người được tiếp cận: {people}    Hộ: {households}</source>
        <translation>Activities: {activities}    People reached: {people}    Households: {households}</translation>
    </message>
    <message>
        <source>Theo trụ cột</source>
        <translation>By pillar</translation>
    </message>
    <message>
        <source>Theo nhóm kỹ năng số</source>
        <translation>By digital skill group</translation>
    </message>
    <message>
        <source>Theo loại hoạt động</source>
        <translation>By activity type</translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố không có hoạt động trong {days} ngày: {count}</source>
        <translation>Villages and residential groups with no activity in {days} days: {count}</translation>
    </message>
    <message>
        <source>Tổ không có hoạt động trong {days} ngày: {count}</source>
        <translation>Teams with no activity in {days} days: {count}</translation>
    </message>
    <message>
        <source>Thành viên chưa được bồi dưỡng: {count}</source>
        <translation>Members not yet trained: {count}</translation>
    </message>
    <message>
        <source>Thành viên được bồi dưỡng trong kỳ: {count}</source>
        <translation>Members trained in the period: {count}</translation>
    </message>
    <message>
        <source>Ngôn ngữ: {value}</source>
        <translation>Language: {value}</translation>
    </message>
    <message>
        <source>Người nhập liệu: {value}</source>
        <translation>Data entered by: {value}</translation>
    </message>
    <message>
        <source>Số bản sao lưu giữ lại: {value}</source>
        <translation>Backups kept: {value}</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu: {value}</source>
        <translation>Data folder: {value}</translation>
    </message>
    <message>
        <source>văn bản: quyết định thành lập Tổ, báo cáo định kỳ</source>
        <translation>documents: team founding decisions, periodic reports</translation>
    </message>
    <message>
        <source>ban hành quyết định thành lập hoặc kiện toàn Tổ (PDF)</source>
        <translation>issue a decision founding or re-forming teams (PDF)</translation>
    </message>
    <message>
        <source>mã hoặc tên Tổ (có thể ghi nhiều Tổ)</source>
        <translation>team id or name (several teams allowed)</translation>
    </message>
    <message>
        <source>mọi Tổ cấp thôn đang hoạt động</source>
        <translation>all active village-level teams</translation>
    </message>
    <message>
        <source>số văn bản</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>ngày ban hành</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <source>họ tên người ký (mặc định: theo thông tin xã)</source>
        <translation>signer&apos;s full name (default: from the commune details)</translation>
    </message>
    <message>
        <source>báo cáo kết quả hoạt động của Tổ (PDF hoặc Excel)</source>
        <translation>report on the teams&apos; activity results (PDF or Excel)</translation>
    </message>
    <message>
        <source>kỳ báo cáo: 2026-07, 2026-Q3, 2026-H2 hoặc 2026</source>
        <translation>reporting period: 2026-07, 2026-Q3, 2026-H2 or 2026</translation>
    </message>
    <message>
        <source>số văn bản: có số thì báo cáo PDF được vào sổ văn bản</source>
        <translation>document number: with a number, the PDF report is entered in the document register</translation>
    </message>
    <message>
        <source>sổ văn bản đã ban hành</source>
        <translation>the register of issued documents</translation>
    </message>
    <message>
        <source>in lại văn bản đã ban hành, đúng như bản gốc</source>
        <translation>reprint an issued document exactly as the original</translation>
    </message>
    <message>
        <source>Đã ban hành Quyết định số {number} ngày {day} ({teams} Tổ, {members} thành viên).</source>
        <translation>Issued decision no. {number} dated {day} ({teams} teams, {members} members).</translation>
    </message>
    <message>
        <source>Tệp PDF: {path}</source>
        <translation>PDF file: {path}</translation>
    </message>
    <message>
        <source>Mã văn bản trong sổ: {id}</source>
        <translation>Document id in the register: {id}</translation>
    </message>
    <message>
        <source>Báo cáo có số cần ngày ban hành: thêm --date YYYY-MM-DD.</source>
        <translation>A numbered report needs a date of issue: add --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo {period} dạng Excel: {path}</source>
        <translation>Saved the {period} report as Excel: {path}</translation>
    </message>
    <message>
        <source>Đã ban hành Báo cáo số {number} ({period}) vào sổ văn bản: {path}</source>
        <translation>Issued report no. {number} ({period}) into the document register: {path}</translation>
    </message>
    <message>
        <source>Đã lưu bản nháp báo cáo {period} (chưa có số, chưa vào sổ văn bản): {path}</source>
        <translation>Saved a draft {period} report (no number, not in the document register): {path}</translation>
    </message>
    <message>
        <source>Sổ văn bản chưa có văn bản nào.</source>
        <translation>The document register is empty.</translation>
    </message>
    <message>
        <source>Đã in lại văn bản vào {path}, giống hệt bản đã ban hành.</source>
        <translation>Reprinted the document to {path}, identical to the issued copy.</translation>
    </message>
    <message>
        <source>Đã in lại văn bản vào {path} từ dữ liệu lúc ban hành; tệp khác bản gốc về định dạng (chương trình đã được nâng cấp), nội dung giữ nguyên.</source>
        <translation>Reprinted the document to {path} from the data at the time of issue; the file differs from the original in layout (the program has been upgraded), the content is unchanged.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Thị trấn</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Đặc khu</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Bản</source>
        <translation>Hamlet (bản)</translation>
    </message>
    <message>
        <source>Tổ dân phố</source>
        <translation>Residential group</translation>
    </message>
    <message>
        <source>Khu phố</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Ấp</source>
        <translation>Hamlet (ấp)</translation>
    </message>
    <message>
        <source>Xóm</source>
        <translation>Hamlet (xóm)</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <source>Sở, ngành cấp tỉnh</source>
        <translation>Provincial department</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chairperson</translation>
    </message>
    <message>
        <source>Phó Chủ tịch</source>
        <translation>Vice-chairperson</translation>
    </message>
    <message>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <source>Cấp thôn</source>
        <translation>Village level</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Founding</translation>
    </message>
    <message>
        <source>Kiện toàn</source>
        <translation>Re-formation</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Dissolution</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tổ trưởng</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Tổ phó thường trực</source>
        <translation>Standing deputy leader</translation>
    </message>
    <message>
        <source>Tổ phó</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Sử dụng dịch vụ công trực tuyến</source>
        <translation>Using online public services</translation>
    </message>
    <message>
        <source>Mua sắm trực tuyến</source>
        <translation>Online shopping</translation>
    </message>
    <message>
        <source>Thanh toán trực tuyến</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>Tự bảo vệ trên không gian mạng</source>
        <translation>Staying safe online</translation>
    </message>
    <message>
        <source>Sử dụng các nền tảng số khác</source>
        <translation>Using other digital platforms</translation>
    </message>
    <message>
        <source>Chưa biết</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Cơ bản</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Thành thạo</source>
        <translation>Proficient</translation>
    </message>
    <message>
        <source>Hướng dẫn được người khác</source>
        <translation>Can teach others</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <source>Được đánh giá</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Tuyên truyền</source>
        <translation>Awareness raising</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Hỗ trợ trực tiếp</source>
        <translation>Direct support</translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Ra quân / chiến dịch</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Chính quyền số</source>
        <translation>Digital government</translation>
    </message>
    <message>
        <source>Kinh tế số</source>
        <translation>Digital economy</translation>
    </message>
    <message>
        <source>Xã hội số</source>
        <translation>Digital society</translation>
    </message>
    <message>
        <source>Cộng dồn</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Lớn nhất</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Số mới nhất</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Toàn xã</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Quyết định thành lập</source>
        <translation>Founding decision</translation>
    </message>
    <message>
        <source>Quyết định kiện toàn</source>
        <translation>Re-formation decision</translation>
    </message>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>CHỦ TỊCH</source>
        <translation>CHAIRPERSON</translation>
    </message>
    <message>
        <source>KT. CHỦ TỊCH / PHÓ CHỦ TỊCH</source>
        <translation>FOR THE CHAIRPERSON / VICE-CHAIRPERSON</translation>
    </message>
    <message>
        <source>TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH</source>
        <translation>ON BEHALF OF THE COMMITTEE / CHAIRPERSON</translation>
    </message>
    <message>
        <source>Cấp trên (tổng hợp)</source>
        <translation>Upper level (consolidated)</translation>
    </message>
    <message>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Thủ công</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp cấu trúc</source>
        <translation>Before a schema upgrade</translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Trước khi tạo dữ liệu mẫu</source>
        <translation>Before demo data</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Tháng {0} năm {1}</source>
        <translation>Month {0}, {1}</translation>
    </message>
    <message>
        <source>Quý {0} năm {1}</source>
        <translation>Quarter {0} of {1}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {0}</source>
        <translation>First half of {0}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {0}</source>
        <translation>Second half of {0}</translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <source>Cấp xã (không gắn thôn)</source>
        <translation>Commune level (no village)</translation>
    </message>
    <message>
        <source>Không gắn kỹ năng số</source>
        <translation>No digital skill group</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>đầy đủ</source>
        <translation>full</translation>
    </message>
    <message>
        <source>bổ sung</source>
        <translation>incremental</translation>
    </message>
    <message>
        <source>Đã xuất gói số {sequence} ({kind}): {path}</source>
        <translation>Exported bundle no. {sequence} ({kind}): {path}</translation>
    </message>
    <message>
        <source>Đã xác nhận dùng tệp dữ liệu này từ nay; gói là gói đầy đủ, thay thế dữ liệu của xã ở cấp trên.</source>
        <translation>Confirmed that this data file is used from now on; the bundle is a full bundle and replaces the commune&apos;s data at the upper level.</translation>
    </message>
    <message>
        <source>Thay đổi số {low}–{high}: {rows} dòng ({tombstones} dòng đã xóa).</source>
        <translation>Changes no. {low}–{high}: {rows} rows ({tombstones} deleted rows).</translation>
    </message>
    <message>
        <source>Đã mã hóa cho: {recipient}</source>
        <translation>Encrypted for: {recipient}</translation>
    </message>
    <message>
        <source>Mã kiểm tra (SHA-256) của gói: {sha}</source>
        <translation>Bundle checksum (SHA-256): {sha}</translation>
    </message>
    <message>
        <source>Mã kiểm tra của tệp mã hóa: {sha}</source>
        <translation>Checksum of the encrypted file: {sha}</translation>
    </message>
    <message>
        <source>Đã đọc lại và kiểm tra gói sau khi ghi: tốt.</source>
        <translation>Read the bundle back and checked it after writing: good.</translation>
    </message>
    <message>
        <source>Gói {file} của {commune} ({code})</source>
        <translation>Bundle {file} from {commune} ({code})</translation>
    </message>
    <message>
        <source>Mã hóa cho: {recipient}</source>
        <translation>Encrypted for: {recipient}</translation>
    </message>
    <message>
        <source>Gói đã mã hóa cho cấp trên: máy này chỉ kiểm tra được phần bao ngoài (còn nguyên vẹn).</source>
        <translation>The bundle is encrypted for the upper level: this computer can only check its outer envelope (intact).</translation>
    </message>
    <message>
        <source>Gói số {sequence} ({kind}), tạo lúc {created}, thay đổi đến số {high}</source>
        <translation>Bundle no. {sequence} ({kind}), created {created}, changes up to no. {high}</translation>
    </message>
    <message>
        <source>Mã kiểm tra (SHA-256): {sha}</source>
        <translation>Checksum (SHA-256): {sha}</translation>
    </message>
    <message>
        <source>Chữ ký, mã kiểm tra và mọi dòng dữ liệu: tốt.</source>
        <translation>Signature, checksum and every data row: good.</translation>
    </message>
    <message>
        <source>  Lỗi — {problem}</source>
        <translation>  Error — {problem}</translation>
    </message>
    <message>
        <source>Tệp xác nhận này đã được nhập trước đây; không thay đổi gì.</source>
        <translation>This acknowledgement file was already imported; nothing changed.</translation>
    </message>
    <message>
        <source>{hub} xác nhận đã nhận đủ thay đổi đến số {to_seq}; gói bổ sung sau sẽ bắt đầu từ đó.</source>
        <translation>{hub} acknowledges receiving all changes up to no. {to_seq}; the next incremental bundle will start from there.</translation>
    </message>
    <message>
        <source>Mã nhận dạng khóa của xã: {fingerprint}</source>
        <translation>Commune&apos;s key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Chưa xuất gói nào.</source>
        <translation>No bundle exported yet.</translation>
    </message>
    <message>
        <source>Gói gần nhất: số {sequence}, {created}, {file}</source>
        <translation>Latest bundle: no. {sequence}, {created}, {file}</translation>
    </message>
    <message>
        <source>Cấp trên đã xác nhận đến thay đổi số {acked} (hiện có đến số {last}).</source>
        <translation>The upper level has acknowledged up to change no. {acked} (latest change: no. {last}).</translation>
    </message>
    <message>
        <source>Khóa cấp trên: {name} — {fingerprint}</source>
        <translation>Upper-level key: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>Lưu ý: tệp dữ liệu là bản khôi phục hoặc bản sao ({reason}); xuất gói cần --accept-fork.</source>
        <translation>Note: the data file is a restored or copied file ({reason}); exporting a bundle needs --accept-fork.</translation>
    </message>
    <message>
        <source>Đã thiết lập cơ sở dữ liệu tổng hợp của {name}.</source>
        <translation>Set up the consolidated database of {name}.</translation>
    </message>
    <message>
        <source>nhập được</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>đã nhập trước đây</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>chờ gói trước</source>
        <translation>waiting for an earlier bundle</translation>
    </message>
    <message>
        <source>bị từ chối</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>{file}: {status} {who}</source>
        <translation>{file}: {status} {who}</translation>
    </message>
    <message>
        <source>  Lưu ý — {warning}</source>
        <translation>  Note — {warning}</translation>
    </message>
    <message>
        <source>Xã {code}: mới, cập nhật, không đổi, xung đột, từ chối</source>
        <translation>Commune {code}: new, updated, unchanged, conflicts, rejected</translation>
    </message>
    <message>
        <source>Chạy thử: chưa ghi gì vào dữ liệu.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Đã ghi tệp xác nhận gửi xã: {path}</source>
        <translation>Wrote the acknowledgement file for the commune: {path}</translation>
    </message>
    <message>
        <source>Chưa đăng ký xã nào.</source>
        <translation>No commune registered yet.</translation>
    </message>
    <message>
        <source> (khóa đã thu hồi)</source>
        <translation> (key revoked)</translation>
    </message>
    <message>
        <source>  Chưa nhận gói nào.</source>
        <translation>  No bundle received yet.</translation>
    </message>
    <message>
        <source>  Gói gần nhất: số {sequence} (tạo {created}, nhập {imported})</source>
        <translation>  Latest bundle: no. {sequence} (created {created}, imported {imported})</translation>
    </message>
    <message>
        <source>  Dữ liệu đầy đủ tính đến: {as_of} (thay đổi số {received})</source>
        <translation>  Data complete as of: {as_of} (change no. {received})</translation>
    </message>
    <message>
        <source>  Chưa nhận các gói số: {numbers}</source>
        <translation>  Bundle numbers not received yet: {numbers}</translation>
    </message>
    <message>
        <source>  Gói đang chờ gói trước: {numbers}</source>
        <translation>  Bundles waiting for an earlier one: {numbers}</translation>
    </message>
    <message>
        <source>  Thiếu các thay đổi số {low}–{high}: đề nghị xã gửi lại.</source>
        <translation>  Changes no. {low}–{high} are missing: ask the commune to send them again.</translation>
    </message>
    <message>
        <source>Đã ghi tệp xác nhận: {path}</source>
        <translation>Wrote the acknowledgement file: {path}</translation>
    </message>
    <message>
        <source>Mã nhận dạng khóa (in ra, ký và đóng dấu để gửi kèm):</source>
        <translation>Key fingerprint (print it, sign and stamp it, and send it along):</translation>
    </message>
    <message>
        <source>Đã ghi tệp khóa công khai: {path}</source>
        <translation>Wrote the public key file: {path}</translation>
    </message>
    <message>
        <source>Đã đăng ký khóa của {name} ({code}).</source>
        <translation>Registered the key of {name} ({code}).</translation>
    </message>
    <message>
        <source>Đã nhập khóa của cấp trên: {name}.</source>
        <translation>Imported the upper level&apos;s key: {name}.</translation>
    </message>
    <message>
        <source>Hãy so mã nhận dạng với phiếu in có chữ ký, đóng dấu: {fingerprint}</source>
        <translation>Compare the fingerprint with the signed and stamped printout: {fingerprint}</translation>
    </message>
    <message>
        <source>Chưa có khóa nào.</source>
        <translation>No keys yet.</translation>
    </message>
    <message>
        <source> — đã thu hồi {date}</source>
        <translation> — revoked {date}</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa {fingerprint} của {name}; gói ký bằng khóa này sẽ bị từ chối.</source>
        <translation>Revoked key {fingerprint} of {name}; bundles signed with this key will be rejected.</translation>
    </message>
    <message>
        <source>gói dữ liệu gửi cấp trên</source>
        <translation>data bundles for the upper level</translation>
    </message>
    <message>
        <source>xuất gói (mặc định: bổ sung)</source>
        <translation>export a bundle (default: incremental)</translation>
    </message>
    <message>
        <source>xuất gói đầy đủ</source>
        <translation>export a full bundle</translation>
    </message>
    <message>
        <source>mã hóa cho khóa công khai trong tệp này</source>
        <translation>encrypt for the public key in this file</translation>
    </message>
    <message>
        <source>mã hóa cho khóa cấp trên đã nhập</source>
        <translation>encrypt for the imported upper-level key</translation>
    </message>
    <message>
        <source>xác nhận dùng tệp dữ liệu khôi phục/sao chép này từ nay</source>
        <translation>confirm that this restored/copied data file is used from now on</translation>
    </message>
    <message>
        <source>kiểm tra một gói</source>
        <translation>check a bundle</translation>
    </message>
    <message>
        <source>nhập tệp xác nhận của cấp trên</source>
        <translation>import the upper level&apos;s acknowledgement file</translation>
    </message>
    <message>
        <source>tình trạng gửi gói</source>
        <translation>bundle sending status</translation>
    </message>
    <message>
        <source>tổng hợp dữ liệu các xã (cấp trên)</source>
        <translation>consolidate the communes&apos; data (upper level)</translation>
    </message>
    <message>
        <source>thiết lập cơ sở dữ liệu tổng hợp</source>
        <translation>set up the consolidated database</translation>
    </message>
    <message>
        <source>tên cơ quan cấp trên</source>
        <translation>name of the upper-level office</translation>
    </message>
    <message>
        <source>mã ngắn của cơ quan</source>
        <translation>short code of the office</translation>
    </message>
    <message>
        <source>nhập gói của các xã</source>
        <translation>import the communes&apos; bundles</translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi</source>
        <translation>check only, write nothing</translation>
    </message>
    <message>
        <source>ghi tệp xác nhận cho xã vào đây</source>
        <translation>write the acknowledgement files for the communes here</translation>
    </message>
    <message>
        <source>báo cáo tổng hợp mọi xã (PDF hoặc Excel), cùng số liệu với bảng theo dõi</source>
        <translation>consolidated report of all communes (PDF or Excel), same figures as the dashboard</translation>
    </message>
    <message>
        <source>tình trạng nhận gói từng xã</source>
        <translation>bundle receipt status of each commune</translation>
    </message>
    <message>
        <source>ghi tệp xác nhận gửi các xã</source>
        <translation>write acknowledgement files for the communes</translation>
    </message>
    <message>
        <source>khóa ký và mã hóa</source>
        <translation>signing and encryption keys</translation>
    </message>
    <message>
        <source>mã nhận dạng khóa</source>
        <translation>key fingerprint</translation>
    </message>
    <message>
        <source>ghi tệp khóa công khai</source>
        <translation>write the public key file</translation>
    </message>
    <message>
        <source>nhập khóa công khai (của xã ở cấp trên, của cấp trên ở xã)</source>
        <translation>import a public key (a commune&apos;s at the upper level, the upper level&apos;s at a commune)</translation>
    </message>
    <message>
        <source>các khóa đã nhập</source>
        <translation>imported keys</translation>
    </message>
    <message>
        <source>thu hồi khóa của một xã</source>
        <translation>revoke a commune&apos;s key</translation>
    </message>
</context>
</TS>
