<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name />
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///path.db or postgresql+psycopg://...)</source>
        <translation>không phải địa chỉ cơ sở dữ liệu: {url!r} (cần sqlite:///path.db hoặc postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation>cơ sở dữ liệu không được hỗ trợ {backend!r}: dùng sqlite:/// hoặc postgresql+psycopg://</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: create it first, or check the database URL</source>
        <translation>thư mục {folder} không tồn tại: hãy tạo nó trước, hoặc kiểm tra URL cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the database file {path} is damaged ({problem}): restore the latest backup (returndesk db restore FILE, docs/deploying.md)</source>
        <translation>tệp cơ sở dữ liệu {path} bị hỏng ({problem}): hãy khôi phục bản sao lưu mới nhất (returndesk db restore FILE, docs/deploying.md)</translation>
    </message>
    <message>
        <source>local file {path}</source>
        <translation>tệp cục bộ {path}</translation>
    </message>
    <message>
        <source>shared server {host}/{database}</source>
        <translation>máy chủ chung {host}/{database}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>{host}/{database}</source>
        <translation>{host}/{database}</translation>
    </message>
    <message>
        <source>the disk holding the database ({where}) is full: nothing was written; ask IT to free space, then try again</source>
        <translation>ổ đĩa chứa cơ sở dữ liệu ({where}) đã đầy: chưa ghi gì cả; hãy nhờ IT giải phóng dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>cannot reach the database {where}: {detail}</source>
        <translation>không kết nối được cơ sở dữ liệu {where}: {detail}</translation>
    </message>
    <message>
        <source>another counter is holding the database; try again</source>
        <translation>một quầy khác đang giữ cơ sở dữ liệu; hãy thử lại</translation>
    </message>
    <message>
        <source>the database has no ReturnDesk schema yet: run `returndesk db upgrade`</source>
        <translation>cơ sở dữ liệu chưa có lược đồ ReturnDesk: chạy `returndesk db upgrade`</translation>
    </message>
    <message>
        <source>the database schema ({revision}) is older than this program ({head}): run `returndesk db upgrade`</source>
        <translation>lược đồ cơ sở dữ liệu ({revision}) cũ hơn chương trình này ({head}): chạy `returndesk db upgrade`</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>hóa đơn bán hàng</translation>
    </message>
    <message>
        <source>return</source>
        <translation>phiếu trả hàng</translation>
    </message>
    <message>
        <source>store-credit voucher</source>
        <translation>phiếu tín dụng cửa hàng</translation>
    </message>
    <message>
        <source>gift receipt</source>
        <translation>hóa đơn quà tặng</translation>
    </message>
    <message>
        <source>store code must be 4 digits, got {store!r}</source>
        <translation>mã cửa hàng phải có 4 chữ số, nhận được {store!r}</translation>
    </message>
    <message>
        <source>register code must be 2 digits, got {register!r}</source>
        <translation>mã quầy phải có 2 chữ số, nhận được {register!r}</translation>
    </message>
    <message>
        <source>sequence {sequence} is outside 1..99999999</source>
        <translation>số thứ tự {sequence} nằm ngoài khoảng 1..99999999</translation>
    </message>
    <message>
        <source>no code was scanned or typed</source>
        <translation>chưa quét hoặc nhập mã nào</translation>
    </message>
    <message>
        <source>a receipt code has digits only; {code!r} contains {bad!r}</source>
        <translation>mã hóa đơn chỉ gồm chữ số; {code!r} có ký tự {bad!r}</translation>
    </message>
    <message>
        <source>a receipt code has 16 digits; {code!r} has {count}</source>
        <translation>mã hóa đơn có 16 chữ số; {code!r} có {count}</translation>
    </message>
    <message>
        <source>check digit of {code} does not match (misread or mistyped code)</source>
        <translation>chữ số kiểm tra của {code} không khớp (mã bị đọc sai hoặc gõ sai)</translation>
    </message>
    <message>
        <source>{code} is not a ReturnDesk document (kind {kind})</source>
        <translation>{code} không phải chứng từ của ReturnDesk (loại {kind})</translation>
    </message>
    <message>
        <source>{code} has sequence 0, which is never issued</source>
        <translation>{code} có số thứ tự 0, số này không bao giờ được cấp</translation>
    </message>
    <message>
        <source>Returns with a receipt are accepted within {days} days of purchase, counted in the store's calendar ({timezone}).</source>
        <translation>Hàng có hóa đơn được nhận trả trong vòng {days} ngày kể từ ngày mua, tính theo lịch của cửa hàng ({timezone}).</translation>
    </message>
    <message>
        <source>Defective items: {days} days.</source>
        <translation>Hàng bị lỗi: {days} ngày.</translation>
    </message>
    <message>
        <source>Receipts from other stores of the chain are honoured.</source>
        <translation>Chấp nhận hóa đơn từ các cửa hàng khác trong chuỗi.</translation>
    </message>
    <message>
        <source>Only receipts from this store are accepted.</source>
        <translation>Chỉ chấp nhận hóa đơn của cửa hàng này.</translation>
    </message>
    <message>
        <source>{category}: final sale, not returnable.</source>
        <translation>{category}: hàng bán không đổi trả, không nhận lại.</translation>
    </message>
    <message>
        <source>{category}: {days} days.</source>
        <translation>{category}: {days} ngày.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee when opened.</source>
        <translation>{category}: phí nhập kho lại {fee} khi đã mở hộp.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee, always.</source>
        <translation>{category}: phí nhập kho lại {fee}, trong mọi trường hợp.</translation>
    </message>
    <message>
        <source>{category}: the serial number must match the receipt.</source>
        <translation>{category}: số sê-ri phải khớp với hóa đơn.</translation>
    </message>
    <message>
        <source>Members of the {tier} tier get {days} extra days on every window.</source>
        <translation>Thành viên hạng {tier} được thêm {days} ngày cho mọi thời hạn.</translation>
    </message>
    <message>
        <source>Holiday purchases from {start} to {end} can be returned until {until}.</source>
        <translation>Hàng mua dịp lễ từ {start} đến {end} được trả đến hết {until}.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the lowest price of the last {days} days.</source>
        <translation>Không có hóa đơn: hoàn bằng tín dụng cửa hàng theo giá thấp nhất trong {days} ngày qua.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the current price.</source>
        <translation>Không có hóa đơn: hoàn bằng tín dụng cửa hàng theo giá hiện tại.</translation>
    </message>
    <message>
        <source>Without a receipt, the customer shows a photo ID.</source>
        <translation>Không có hóa đơn, khách hàng phải xuất trình giấy tờ tùy thân có ảnh.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {count} returns per customer in 365 days.</source>
        <translation>Không có hóa đơn: tối đa {count} lần trả cho mỗi khách hàng trong 365 ngày.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {amount} per customer in 365 days.</source>
        <translation>Không có hóa đơn: tối đa {amount} cho mỗi khách hàng trong 365 ngày.</translation>
    </message>
    <message>
        <source>Returns without a receipt are not accepted.</source>
        <translation>Không nhận trả hàng không có hóa đơn.</translation>
    </message>
    <message>
        <source>Cash refunds over {amount} need a manager.</source>
        <translation>Hoàn tiền mặt trên {amount} cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>A manager may override: {codes}.</source>
        <translation>Quản lý có thể duyệt ngoại lệ: {codes}.</translation>
    </message>
    <message>
        <source>Service desk: written contacts are answered within {hours} business hours; a follow-up call {days} days after a case is solved.</source>
        <translation>Dịch vụ khách hàng: liên hệ bằng văn bản được trả lời trong vòng {hours} giờ làm việc; gọi điện theo dõi {days} ngày sau khi giải quyết xong.</translation>
    </message>
    <message>
        <source>On every receipt: “{footer}”</source>
        <translation>Trên mọi hóa đơn: “{footer}”</translation>
    </message>
    <message>
        <source>receipt printer {host}:{port} did not take the job: {error}</source>
        <translation>máy in hóa đơn {host}:{port} không nhận lệnh in: {error}</translation>
    </message>
    <message>
        <source>receipt printer {path} did not take the job: {error}</source>
        <translation>máy in hóa đơn {path} không nhận lệnh in: {error}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>không lưu được {path}: {reason}</translation>
    </message>
    <message>
        <source>printer {setting!r}: an ESC/POS printer takes ?mode=text|raster|auto and &amp;drawer=on|off</source>
        <translation>máy in {setting!r}: máy in ESC/POS nhận ?mode=text|raster|auto và &amp;drawer=on|off</translation>
    </message>
    <message>
        <source>paper {paper!r}: expected one of {papers}</source>
        <translation>khổ giấy {paper!r}: cần một trong {papers}</translation>
    </message>
    <message>
        <source>printer {setting!r}: port {port} is out of range</source>
        <translation>máy in {setting!r}: cổng {port} nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>printer {setting!r}: expected pdf, system[:NAME], escpos://HOST[:PORT] or escpos-device://PATH</source>
        <translation>máy in {setting!r}: cần pdf, system[:NAME], escpos://HOST[:PORT] hoặc escpos-device://PATH</translation>
    </message>
    <message>
        <source>a PIN has 4 to 12 digits</source>
        <translation>mã PIN có từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <source>this database does not record which PIN pepper it was set up with, so no PIN can be checked; ask IT (docs/deploying.md)</source>
        <translation>cơ sở dữ liệu này không ghi lại pepper PIN đã dùng khi cài đặt, nên không kiểm tra được PIN nào; hãy hỏi IT (docs/deploying.md)</translation>
    </message>
    <message>
        <source>this station's PIN pepper differs from the one the database was set up with; ask IT to install the chain's pepper file (docs/deploying.md)</source>
        <translation>khóa bổ sung (pepper) mã PIN của máy này khác với khóa khi thiết lập cơ sở dữ liệu; nhờ bộ phận IT cài tệp pepper của chuỗi (docs/deploying.md)</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role}: this is for managers and admins</source>
        <translation>{name} ({code}) là {role}: việc này dành cho quản lý và quản trị viên</translation>
    </message>
    <message>
        <source>{code} has a one-time PIN: choose your own first (`returndesk pin --staff {code}`, or sign in at a counter)</source>
        <translation>{code} đang dùng PIN một lần: hãy chọn PIN của riêng bạn trước (`returndesk pin --staff {code}`, hoặc đăng nhập tại quầy)</translation>
    </message>
    <message>
        <source>choose a PIN that is harder to guess than {pin}</source>
        <translation>chọn mã PIN khó đoán hơn {pin}</translation>
    </message>
    <message>
        <source>the new PIN must differ from the one you were given</source>
        <translation>mã PIN mới phải khác mã bạn được cấp</translation>
    </message>
    <message>
        <source>{name} ({code}) signs in once to choose their own PIN before approving anything</source>
        <translation>{name} ({code}) cần đăng nhập một lần để chọn mã PIN riêng trước khi duyệt bất cứ gì</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role} and cannot approve overrides</source>
        <translation>{name} ({code}) là {role} nên không thể duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>a manager cannot approve an override on their own return</source>
        <translation>quản lý không thể duyệt ngoại lệ cho lần trả hàng của chính mình</translation>
    </message>
    <message>
        <source>{name} ({code}) approves for their own store, not for store {store}</source>
        <translation>{name} ({code}) chỉ duyệt cho cửa hàng của mình, không cho cửa hàng {store}</translation>
    </message>
    <message>
        <source>store {store_code} is not in this database (check the station's store setting)</source>
        <translation>cửa hàng {store_code} không có trong cơ sở dữ liệu này (kiểm tra cài đặt cửa hàng của máy)</translation>
    </message>
    <message>
        <source>this database has no store yet: run `returndesk demo seed` or the first-run setup</source>
        <translation>cơ sở dữ liệu này chưa có cửa hàng: chạy `returndesk demo seed` hoặc trình thiết lập lần đầu</translation>
    </message>
    <message>
        <source>register {register_code} is not set up for store {store_code}</source>
        <translation>quầy {register_code} chưa được thiết lập cho cửa hàng {store_code}</translation>
    </message>
    <message>
        <source>wrong staff ID or PIN; after {count} wrong PINs in a row an ID is locked for {minutes} minutes</source>
        <translation>sai mã nhân viên hoặc PIN; sau {count} lần sai PIN liên tiếp, mã sẽ bị khóa {minutes} phút</translation>
    </message>
    <message>
        <source>type your staff ID</source>
        <translation>nhập mã nhân viên của bạn</translation>
    </message>
    <message>
        <source>the customer's name, please</source>
        <translation>xin cho biết tên khách hàng</translation>
    </message>
    <message>
        <source>a phone number or an email address, so we can get back to them</source>
        <translation>một số điện thoại hoặc địa chỉ email, để chúng tôi liên lạc lại</translation>
    </message>
    <message>
        <source>a customer with phone {phone} exists: find them instead</source>
        <translation>đã có khách hàng với số điện thoại {phone}: hãy tìm khách hàng đó</translation>
    </message>
    <message>
        <source>no service case {case_id}</source>
        <translation>không có hồ sơ dịch vụ {case_id}</translation>
    </message>
    <message>
        <source>case {number} belongs to another store</source>
        <translation>hồ sơ {number} thuộc cửa hàng khác</translation>
    </message>
    <message>
        <source>{what}: one of {choices}, not {value!r}</source>
        <translation>{what}: một trong {choices}, không phải {value!r}</translation>
    </message>
    <message>
        <source>subject: say in a few words what the case is about</source>
        <translation>tiêu đề: nói vài từ về nội dung hồ sơ</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {customer_code}</source>
        <translation>không có khách hàng với mã thành viên {customer_code}</translation>
    </message>
    <message>
        <source>no sale {receipt} in this database</source>
        <translation>không có hóa đơn bán hàng {receipt} trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>no return {code} in this database</source>
        <translation>không có phiếu trả hàng {code} trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>no product {code}: scan the barcode on the item or type its SKU</source>
        <translation>không có sản phẩm {code}: quét mã vạch trên sản phẩm hoặc nhập mã SKU</translation>
    </message>
    <message>
        <source>summary: what was said, in a sentence</source>
        <translation>tóm tắt: nội dung đã trao đổi, trong một câu</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>số phút không thể âm</translation>
    </message>
    <message>
        <source>case {number} is {status}</source>
        <translation>hồ sơ {number} đang ở trạng thái {status}</translation>
    </message>
    <message>
        <source>say why the case goes up a level</source>
        <translation>nêu lý do chuyển hồ sơ lên cấp trên</translation>
    </message>
    <message>
        <source>case {number} is already with the manager</source>
        <translation>hồ sơ {number} đã ở chỗ quản lý</translation>
    </message>
    <message>
        <source>department: one of {departments}</source>
        <translation>bộ phận: một trong {departments}</translation>
    </message>
    <message>
        <source>say how it was solved</source>
        <translation>nêu cách đã giải quyết</translation>
    </message>
    <message>
        <source>case {number} is already {status}</source>
        <translation>hồ sơ {number} đã {status}</translation>
    </message>
    <message>
        <source>case {number} is {status}; follow-ups are for resolved cases</source>
        <translation>hồ sơ {number} đang {status}; cuộc gọi theo dõi chỉ dành cho hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <source>score: 1 (very unhappy) to 5 (very happy)</source>
        <translation>điểm: 1 (rất không hài lòng) đến 5 (rất hài lòng)</translation>
    </message>
    <message>
        <source>score: 1 to 5</source>
        <translation>điểm: 1 đến 5</translation>
    </message>
    <message>
        <source>no return {return_id}</source>
        <translation>không có phiếu trả hàng {return_id}</translation>
    </message>
    <message>
        <source>no attachment {id}</source>
        <translation>không có tệp đính kèm {id}</translation>
    </message>
    <message>
        <source>{name} was removed {day}: the store keeps customers' files for a time after the case closes</source>
        <translation>{name} đã bị xóa ngày {day}: cửa hàng chỉ giữ tệp của khách hàng một thời gian sau khi hồ sơ đóng</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone or loyalty ID</source>
        <translation>nhập ít nhất hai chữ cái hoặc chữ số của tên, số điện thoại hoặc mã thành viên</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {code}</source>
        <translation>không có khách hàng với mã thành viên {code}</translation>
    </message>
    <message>
        <source>this customer belongs to another chain</source>
        <translation>khách hàng này thuộc chuỗi cửa hàng khác</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone, loyalty ID or receipt</source>
        <translation>nhập ít nhất hai chữ cái hoặc chữ số của tên, số điện thoại, mã thành viên hoặc hóa đơn</translation>
    </message>
    <message>
        <source>{used} of {most} returns, {value} of {most_value} in the last 365 days</source>
        <translation>{used} trên {most} lần trả, {value} trên {most_value} trong 365 ngày qua</translation>
    </message>
    <message>
        <source>no {kind} {doc} in this database (store {store}, register {register})</source>
        <translation>không có {kind} {doc} trong cơ sở dữ liệu này (cửa hàng {store}, quầy {register})</translation>
    </message>
    <message>
        <source>Store-credit voucher {voucher}: balance {balance}. It is spent as a tender at the till.</source>
        <translation>Phiếu tín dụng cửa hàng {voucher}: số dư {balance}. Phiếu được dùng để thanh toán tại quầy.</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; a gift receipt is made from a sale receipt</source>
        <translation>{doc} là {kind}; hóa đơn quà tặng được lập từ hóa đơn bán hàng</translation>
    </message>
    <message>
        <source>no sale {doc} in this database</source>
        <translation>không có hóa đơn bán hàng {doc} trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a store-credit voucher</source>
        <translation>{doc} là {kind}, không phải phiếu tín dụng cửa hàng</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc} in this database</source>
        <translation>không có phiếu tín dụng cửa hàng {doc} trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>The database cannot be reached: {error}. What you entered is kept; try again.</source>
        <translation>Không kết nối được cơ sở dữ liệu: {error}. Những gì bạn đã nhập vẫn được giữ; hãy thử lại.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. What you entered is kept; try again.</source>
        <translation>Mất kết nối với cơ sở dữ liệu. Những gì bạn đã nhập vẫn được giữ; hãy thử lại.</translation>
    </message>
    <message>
        <source>The database refused the request. What you entered is kept; try again or call IT.</source>
        <translation>Cơ sở dữ liệu từ chối yêu cầu. Những gì bạn đã nhập vẫn được giữ; hãy thử lại hoặc gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). What you entered is kept; call IT if it happens again.</source>
        <translation>Đã xảy ra lỗi ({error}). Những gì bạn đã nhập vẫn được giữ; gọi bộ phận IT nếu lỗi lặp lại.</translation>
    </message>
    <message>
        <source>ReturnDesk cannot open its database: {error}. Check the network and the station's db_url (`returndesk config show`).</source>
        <translation>ReturnDesk không mở được cơ sở dữ liệu: {error}. Kiểm tra mạng và db_url của máy (`returndesk config show`).</translation>
    </message>
    <message>
        <source>kind: one of {kinds}</source>
        <translation>loại: một trong {kinds}</translation>
    </message>
    <message>
        <source>a store credit or a discount needs an amount</source>
        <translation>tín dụng cửa hàng hoặc giảm giá cần có số tiền</translation>
    </message>
    <message>
        <source>say what the gesture is (for example: sent flowers)</source>
        <translation>nêu cử chỉ thiện chí là gì (ví dụ: đã gửi hoa)</translation>
    </message>
    <message>
        <source>say why the customer deserves it</source>
        <translation>nêu lý do khách hàng xứng đáng được nhận</translation>
    </message>
    <message>
        <source>no case {case_number} at this store</source>
        <translation>không có hồ sơ {case_number} tại cửa hàng này</translation>
    </message>
    <message>
        <source>no goodwill gesture {gesture_id}</source>
        <translation>không có cử chỉ thiện chí {gesture_id}</translation>
    </message>
    <message>
        <source>goodwill gesture {gesture_id} was already {status}</source>
        <translation>cử chỉ thiện chí {gesture_id} đã được {status}</translation>
    </message>
    <message>
        <source>this gesture belongs to another store</source>
        <translation>cử chỉ thiện chí này thuộc cửa hàng khác</translation>
    </message>
    <message>
        <source>{name} has given {given} of goodwill this month; this would pass the {limit} limit (ask another manager or the store manager)</source>
        <translation>{name} đã dành {given} cho thiện chí trong tháng này; lần này sẽ vượt hạn mức {limit} (nhờ quản lý khác hoặc cửa hàng trưởng)</translation>
    </message>
    <message>
        <source>this return does not need a manager's override</source>
        <translation>lần trả hàng này không cần quản lý duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>no override request {request_id}</source>
        <translation>không có yêu cầu duyệt ngoại lệ {request_id}</translation>
    </message>
    <message>
        <source>say why: the reason is kept with the override</source>
        <translation>nêu lý do: lý do được lưu cùng với lần duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>override request {request_id} belongs to another store</source>
        <translation>yêu cầu duyệt ngoại lệ {request_id} thuộc cửa hàng khác</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status} by {who}</source>
        <translation>yêu cầu duyệt ngoại lệ {request_id} đã được {status} bởi {who}</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status}</source>
        <translation>yêu cầu duyệt ngoại lệ {request_id} đã được {status}</translation>
    </message>
    <message>
        <source>store {store_code} has no return policy installed: run `returndesk policy install FILE`</source>
        <translation>cửa hàng {store_code} chưa cài chính sách đổi trả: chạy `returndesk policy install FILE`</translation>
    </message>
    <message>
        <source>{doc} is the receipt of a return without a sale receipt; nothing to return from it</source>
        <translation>{doc} là phiếu của lần trả hàng không có hóa đơn bán hàng; không có gì để trả từ phiếu này</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a receipt: use it as a tender</source>
        <translation>{doc} là {kind}, không phải hóa đơn: hãy dùng nó để thanh toán</translation>
    </message>
    <message>
        <source>a POS reference is STORE/REGISTER/TRANSACTION/YYYY-MM-DD, not {text}</source>
        <translation>mã tham chiếu POS có dạng CỬA HÀNG/QUẦY/GIAO DỊCH/YYYY-MM-DD, không phải {text}</translation>
    </message>
    <message>
        <source>no sale with POS reference {ref} in this database (imported yet?)</source>
        <translation>không có giao dịch bán nào với mã tham chiếu POS {ref} trong cơ sở dữ liệu này (đã nhập chưa?)</translation>
    </message>
    <message>
        <source>scan the item's barcode or type its SKU</source>
        <translation>quét mã vạch của sản phẩm hoặc nhập mã SKU</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>không có sản phẩm với mã vạch hoặc SKU {code!r}</translation>
    </message>
    <message>
        <source>{code} is neither a ReturnDesk receipt nor a receipt of the store's POS ({layouts}): scan it again or type the digits under the barcode</source>
        <translation>{code} không phải hóa đơn ReturnDesk cũng không phải hóa đơn của máy POS cửa hàng ({layouts}): quét lại hoặc nhập các chữ số dưới mã vạch</translation>
    </message>
    <message>
        <source>scan the item's barcode or type part of its name</source>
        <translation>quét mã vạch của sản phẩm hoặc nhập một phần tên</translation>
    </message>
    <message>
        <source>only a manager can change the canned answers</source>
        <translation>chỉ quản lý mới được thay đổi câu trả lời mẫu</translation>
    </message>
    <message>
        <source>an answer needs a title and a text</source>
        <translation>câu trả lời cần có tiêu đề và nội dung</translation>
    </message>
    <message>
        <source>no canned answer {answer_id}</source>
        <translation>không có câu trả lời mẫu {answer_id}</translation>
    </message>
    <message>
        <source>no mail server is set up for this station (smtp_host); ask IT, or print a letter</source>
        <translation>máy này chưa được thiết lập máy chủ thư (smtp_host); hỏi bộ phận IT, hoặc in thư</translation>
    </message>
    <message>
        <source>the mail server {host}:{port} did not take the reply ({error}); it is kept as a draft</source>
        <translation>máy chủ thư {host}:{port} không nhận thư trả lời ({error}); thư được giữ lại dưới dạng nháp</translation>
    </message>
    <message>
        <source>template: one of {templates}</source>
        <translation>mẫu: một trong {templates}</translation>
    </message>
    <message>
        <source>a written reply goes by email or letter</source>
        <translation>thư trả lời được gửi qua email hoặc thư giấy</translation>
    </message>
    <message>
        <source>the customer has no email address on file: print a letter instead</source>
        <translation>khách hàng không có địa chỉ email trong hồ sơ: hãy in thư</translation>
    </message>
    <message>
        <source>no reply {reply_id}</source>
        <translation>không có thư trả lời {reply_id}</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>khoảng thời gian kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>a report covers at most three years</source>
        <translation>một báo cáo bao gồm tối đa ba năm</translation>
    </message>
    <message>
        <source>no store {store}</source>
        <translation>không có cửa hàng {store}</translation>
    </message>
    <message>
        <source>reports are for managers: {name} is a {role}</source>
        <translation>báo cáo chỉ dành cho quản lý: {name} là {role}</translation>
    </message>
    <message>
        <source>report: one of {reports}</source>
        <translation>báo cáo: một trong {reports}</translation>
    </message>
    <message>
        <source>{name} ({code}) sees the reports of their own store, not of store {store}</source>
        <translation>{name} ({code}) chỉ xem báo cáo của cửa hàng mình, không của cửa hàng {store}</translation>
    </message>
    <message>
        <source>the connection to the database was lost; nothing was refunded. Try again: the same request will not refund twice</source>
        <translation>mất kết nối với cơ sở dữ liệu; chưa hoàn tiền gì. Hãy thử lại: cùng một yêu cầu sẽ không hoàn tiền hai lần</translation>
    </message>
    <message>
        <source>receipt {doc_id} was paid in {currency}; this store refunds in {code}</source>
        <translation>hóa đơn {doc_id} được thanh toán bằng {currency}; cửa hàng này hoàn tiền bằng {code}</translation>
    </message>
    <message>
        <source>customer.id: no customer with loyalty ID {code}</source>
        <translation>customer.id: không có khách hàng với mã thành viên {code}</translation>
    </message>
    <message>
        <source>sale {doc_id} was voided on the till after it was rung up: nothing on it can be returned</source>
        <translation>giao dịch bán {doc_id} đã bị hủy trên máy tính tiền sau khi được ghi: không thể trả lại món nào trong đó</translation>
    </message>
    <message>
        <source>line {line} is sold by the piece: return a whole number, not {qty}</source>
        <translation>dòng {line} được bán theo chiếc: hãy trả số nguyên, không phải {qty}</translation>
    </message>
    <message>
        <source>idempotency_key {idempotency_key!r} was already used for a different request (return {return_id})</source>
        <translation>idempotency_key {idempotency_key!r} đã được dùng cho một yêu cầu khác (phiếu trả hàng {return_id})</translation>
    </message>
    <message>
        <source>override.request_id: no override request {override_request_id} at this store</source>
        <translation>override.request_id: không có yêu cầu duyệt ngoại lệ {override_request_id} tại cửa hàng này</translation>
    </message>
    <message>
        <source>override request {request} was asked for at another counter or by another clerk; only they complete it</source>
        <translation>yêu cầu ngoại lệ {request} được gửi từ quầy khác hoặc bởi nhân viên khác; chỉ người đó hoàn tất được</translation>
    </message>
    <message>
        <source>override request {request} is {status}, not approved</source>
        <translation>yêu cầu duyệt ngoại lệ {request} đang {status}, chưa được duyệt</translation>
    </message>
    <message>
        <source>override request {request} was approved for a different return</source>
        <translation>yêu cầu duyệt ngoại lệ {request} đã được duyệt cho một lần trả hàng khác</translation>
    </message>
    <message>
        <source>override request {request} does not cover {codes}</source>
        <translation>yêu cầu duyệt ngoại lệ {request} không bao gồm {codes}</translation>
    </message>
    <message>
        <source>a refund to {kind} needs the original sale</source>
        <translation>hoàn tiền về {kind} cần có hóa đơn bán hàng gốc</translation>
    </message>
    <message>
        <source>the sale's {kind} tenders cannot take back {left} more (already refunded)</source>
        <translation>các khoản thanh toán {kind} của hóa đơn không thể hoàn thêm {left} (đã hoàn rồi)</translation>
    </message>
    <message>
        <source>scan the item the customer takes instead</source>
        <translation>quét sản phẩm khách hàng lấy thay thế</translation>
    </message>
    <message>
        <source>quantities start at 1</source>
        <translation>số lượng bắt đầu từ 1</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; an exchange is paid with the return's voucher</source>
        <translation>{doc} là {kind}; đổi hàng được thanh toán bằng phiếu tín dụng của lần trả hàng</translation>
    </message>
    <message>
        <source>the difference is paid by card or in cash</source>
        <translation>phần chênh lệch được trả bằng thẻ hoặc tiền mặt</translation>
    </message>
    <message>
        <source>the card's last 4 digits, as printed on the slip (never the whole number)</source>
        <translation>4 chữ số cuối của thẻ, như in trên hóa đơn thanh toán (không bao giờ nhập toàn bộ số thẻ)</translation>
    </message>
    <message>
        <source>search by the card's last 4 digits or by the loyalty ID</source>
        <translation>tìm theo 4 số cuối của thẻ hoặc theo mã khách hàng thân thiết</translation>
    </message>
    <message>
        <source>the first day comes before the last</source>
        <translation>ngày đầu phải trước ngày cuối</translation>
    </message>
    <message>
        <source>with a card, give the amount or dates at most {days} days apart</source>
        <translation>với thẻ, hãy nhập số tiền hoặc khoảng ngày không quá {days} ngày</translation>
    </message>
    <message>
        <source>exports at this chain are for a signed-in manager or admin: add --staff ID (an admin turned this on with `returndesk export guard on`)</source>
        <translation>xuất dữ liệu ở chuỗi cửa hàng này chỉ dành cho quản lý hoặc quản trị viên đã đăng nhập: thêm --staff ID (quản trị viên đã bật bằng `returndesk export guard on`)</translation>
    </message>
    <message>
        <source>unknown export format {format} (jsonl, csv, poslog)</source>
        <translation>định dạng xuất không rõ {format} (jsonl, csv, poslog)</translation>
    </message>
    <message>
        <source>a cursor is what the last export printed, such as r12.s3.v7, not {text}</source>
        <translation>con trỏ là giá trị lần xuất trước đã in, ví dụ r12.s3.v7, không phải {text}</translation>
    </message>
    <message>
        <source>the POS sale's reference, so the same redemption twice burns once</source>
        <translation>mã tham chiếu giao dịch bán của POS, để cùng một lần sử dụng chỉ trừ một lần</translation>
    </message>
    <message>
        <source>the amount is a number such as 12.34</source>
        <translation>số tiền là một số, ví dụ 12.34</translation>
    </message>
    <message>
        <source>reference {reference} already redeemed another amount or voucher</source>
        <translation>tham chiếu {reference} đã dùng cho số tiền hoặc phiếu khác</translation>
    </message>
    <message>
        <source>voucher {voucher} has {balance} left</source>
        <translation>phiếu {voucher} còn {balance}</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc}</source>
        <translation>không có phiếu tín dụng cửa hàng {doc}</translation>
    </message>
    <message>
        <source>the voucher is in {voucher_currency}; this store sells in {currency}</source>
        <translation>phiếu tín dụng tính bằng {voucher_currency}; cửa hàng này bán bằng {currency}</translation>
    </message>
    <message>
        <source>the new items cost {difference} more: the customer pays it by card or cash</source>
        <translation>hàng mới đắt hơn {difference}: khách hàng trả phần này bằng thẻ hoặc tiền mặt</translation>
    </message>
    <message>
        <source>the server address is a URL such as postgresql+psycopg://user@host:5432/returndesk</source>
        <translation>địa chỉ máy chủ là một URL như postgresql+psycopg://user@host:5432/returndesk</translation>
    </message>
    <message>
        <source>store: four digits, as printed in the document IDs (e.g. 0001)</source>
        <translation>cửa hàng: bốn chữ số, như in trong mã chứng từ (ví dụ 0001)</translation>
    </message>
    <message>
        <source>register: two digits (e.g. 01)</source>
        <translation>quầy: hai chữ số (ví dụ 01)</translation>
    </message>
    <message>
        <source>time zone: {timezone!r} is not a known zone such as Europe/Vilnius</source>
        <translation>múi giờ: {timezone!r} không phải múi giờ đã biết như Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>currency: {currency!r} is not an ISO currency code such as EUR</source>
        <translation>tiền tệ: {currency!r} không phải mã tiền tệ ISO như VND</translation>
    </message>
    <message>
        <source>the first admin needs a staff ID and a name</source>
        <translation>quản trị viên đầu tiên cần có mã nhân viên và tên</translation>
    </message>
    <message>
        <source>the admin PIN has 6 to 12 digits</source>
        <translation>mã PIN của quản trị viên có từ 6 đến 12 chữ số</translation>
    </message>
    <message>
        <source>the queue is busy; check the customer in again</source>
        <translation>hàng chờ đang bận; hãy đăng ký lại cho khách hàng</translation>
    </message>
    <message>
        <source>no visit {visit_id} at this store</source>
        <translation>không có lượt khách {visit_id} tại cửa hàng này</translation>
    </message>
    <message>
        <source>ticket {ticket} is already being served</source>
        <translation>số thứ tự {ticket} đang được phục vụ</translation>
    </message>
    <message>
        <source>no system printer {name!r}</source>
        <translation>không có máy in hệ thống {name!r}</translation>
    </message>
    <message>
        <source>this computer has no default printer</source>
        <translation>máy tính này không có máy in mặc định</translation>
    </message>
    <message>
        <source>the printer {printer} could not start the job</source>
        <translation>máy in {printer} không bắt đầu được lệnh in</translation>
    </message>
    <message>
        <source>this database already has staff: an admin adds people with `returndesk staff add`</source>
        <translation>cơ sở dữ liệu này đã có nhân viên: quản trị viên thêm người bằng `returndesk staff add`</translation>
    </message>
    <message>
        <source>staff ID {code} is taken (deactivated people keep theirs)</source>
        <translation>mã nhân viên {code} đã được dùng (người đã ngừng hoạt động vẫn giữ mã của họ)</translation>
    </message>
    <message>
        <source>{email} is not a mail address</source>
        <translation>{email} không phải là địa chỉ thư</translation>
    </message>
    <message>
        <source>no staff member has ID {code}</source>
        <translation>không có nhân viên nào mã {code}</translation>
    </message>
    <message>
        <source>nobody changes their own role or store or deactivates themselves: ask another admin</source>
        <translation>không ai tự đổi vai trò, cửa hàng của mình hay tự ngừng hoạt động: hãy nhờ quản trị viên khác</translation>
    </message>
    <message>
        <source>only an admin manages managers and admins</source>
        <translation>chỉ quản trị viên mới quản lý quản lý và quản trị viên</translation>
    </message>
    <message>
        <source>a manager manages the clerks of their own store ({store})</source>
        <translation>quản lý chỉ quản lý thu ngân của cửa hàng mình ({store})</translation>
    </message>
    <message>
        <source>{role}s cannot manage staff: ask a manager</source>
        <translation>{role} không thể quản lý nhân viên: hãy nhờ quản lý</translation>
    </message>
    <message>
        <source>choose your own PIN first</source>
        <translation>hãy chọn mã PIN riêng của bạn trước</translation>
    </message>
    <message>
        <source>{code} is the last active admin: make another admin first</source>
        <translation>{code} là quản trị viên cuối cùng đang hoạt động: hãy tạo quản trị viên khác trước</translation>
    </message>
    <message>
        <source>a role is clerk, manager or admin, not {role}</source>
        <translation>vai trò là clerk, manager hoặc admin, không phải {role}</translation>
    </message>
    <message>
        <source>a staff ID is 1 to 16 letters or digits, as badges print it</source>
        <translation>mã nhân viên gồm 1 đến 16 chữ cái hoặc chữ số, như in trên thẻ</translation>
    </message>
    <message>
        <source>a person's name, up to 120 characters</source>
        <translation>tên của người đó, tối đa 120 ký tự</translation>
    </message>
    <message>
        <source>store {code} is not in this database</source>
        <translation>cửa hàng {code} không có trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>only a manager or an admin changes the store's settings</source>
        <translation>chỉ quản lý hoặc quản trị viên mới đổi cài đặt cửa hàng</translation>
    </message>
    <message>
        <source>unknown store setting {key} (known: {known})</source>
        <translation>cài đặt cửa hàng không rõ {key} (đã biết: {known})</translation>
    </message>
    <message>
        <source>a manager changes their own store's settings ({store})</source>
        <translation>quản lý chỉ đổi cài đặt cửa hàng của mình ({store})</translation>
    </message>
    <message>
        <source>store {store} has sales: its currency stays {currency}</source>
        <translation>cửa hàng {store} đã có giao dịch bán: tiền tệ giữ nguyên {currency}</translation>
    </message>
    <message>
        <source>{key}: text</source>
        <translation>{key}: văn bản</translation>
    </message>
    <message>
        <source>{key}: at most {length} characters</source>
        <translation>{key}: tối đa {length} ký tự</translation>
    </message>
    <message>
        <source>{key}: at most {lines} lines of {length} characters</source>
        <translation>{key}: tối đa {lines} dòng, mỗi dòng {length} ký tự</translation>
    </message>
    <message>
        <source>locale: {value!r} is not a language and country such as vi_VN</source>
        <translation>locale: {value!r} không phải ngôn ngữ và quốc gia như vi_VN</translation>
    </message>
    <message>
        <source>timezone: {value!r} is not a time zone such as Asia/Ho_Chi_Minh</source>
        <translation>timezone: {value!r} không phải múi giờ như Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>currency: {value!r} is not an ISO currency code such as VND</source>
        <translation>currency: {value!r} không phải mã tiền tệ ISO như VND</translation>
    </message>
    <message>
        <source>logo: a PNG image</source>
        <translation>logo: một ảnh PNG</translation>
    </message>
    <message>
        <source>logo: at most {size} KB</source>
        <translation>logo: tối đa {size} KB</translation>
    </message>
    <message>
        <source>logo: the PNG is damaged</source>
        <translation>logo: tệp PNG bị hỏng</translation>
    </message>
    <message>
        <source>the store's policy cannot be written in {currency}: {problem}. Install a policy written in {currency} first (`returndesk policy install FILE`)</source>
        <translation>chính sách của cửa hàng không thể viết bằng {currency}: {problem}. Hãy cài chính sách viết bằng {currency} trước (`returndesk policy install FILE`)</translation>
    </message>
    <message>
        <source>--paper: expected one of {papers}</source>
        <translation>--paper: cần là một trong {papers}</translation>
    </message>
    <message>
        <source>a {role} may not do this: ask a manager</source>
        <translation>{role} không được làm việc này: hãy hỏi quản lý</translation>
    </message>
    <message>
        <source>{command} has no handler</source>
        <translation>{command} chưa có bộ xử lý</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: cần là văn bản</translation>
    </message>
    <message>
        <source>{field}: contains a control character (a NUL byte, an escape...)</source>
        <translation>{field}: chứa ký tự điều khiển (byte NUL, ký tự escape...)</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {length}</source>
        <translation>{field}: tối đa {limit} ký tự, không phải {length}</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: bắt buộc</translation>
    </message>
    <message>
        <source>{what}: larger than {limit} MB</source>
        <translation>{what}: lớn hơn {limit} MB</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text (byte {position}): save it as UTF-8</source>
        <translation>{what} không phải văn bản UTF-8 (byte {position}): hãy lưu dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>{what} is nested {depth} levels deep; at most {limit}</source>
        <translation>{what} lồng sâu {depth} cấp; tối đa {limit}</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: {reason} at line {line}</source>
        <translation>{what} không phải JSON hợp lệ: {reason} ở dòng {line}</translation>
    </message>
    <message>
        <source>no notification {id}</source>
        <translation>không có thông báo {id}</translation>
    </message>
    <message>
        <source>return window (days)</source>
        <translation>thời hạn đổi trả (ngày)</translation>
    </message>
    <message>
        <source>window for defective items (days)</source>
        <translation>thời hạn cho hàng lỗi (ngày)</translation>
    </message>
    <message>
        <source>restocking fee (%)</source>
        <translation>phí nhập kho lại (%)</translation>
    </message>
    <message>
        <source>restocking fee charged</source>
        <translation>khi thu phí nhập kho lại</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>hàng không đổi trả</translation>
    </message>
    <message>
        <source>extra days</source>
        <translation>số ngày thêm</translation>
    </message>
    <message>
        <source>cash refund limit</source>
        <translation>hạn mức hoàn tiền mặt</translation>
    </message>
    <message>
        <source>returns without a receipt per year</source>
        <translation>số lần trả không hóa đơn mỗi năm</translation>
    </message>
    <message>
        <source>value without a receipt per year</source>
        <translation>giá trị trả không hóa đơn mỗi năm</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>cần giấy tờ tùy thân có ảnh</translation>
    </message>
    <message>
        <source>refunded as</source>
        <translation>hoàn tiền dưới dạng</translation>
    </message>
    <message>
        <source>price look-back (days)</source>
        <translation>thời gian tra giá (ngày)</translation>
    </message>
    <message>
        <source>returns from other stores</source>
        <translation>trả hàng mua ở cửa hàng khác</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>được phép</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>returnable until</source>
        <translation>được trả đến ngày</translation>
    </message>
    <message>
        <source>price without a receipt</source>
        <translation>giá khi không có hóa đơn</translation>
    </message>
    <message>
        <source>reminders every (minutes)</source>
        <translation>nhắc lại mỗi (phút)</translation>
    </message>
    <message>
        <source>follow-up call after (days)</source>
        <translation>gọi lại sau (ngày)</translation>
    </message>
    <message>
        <source>first answer within (business hours)</source>
        <translation>trả lời đầu tiên trong (giờ làm việc)</translation>
    </message>
    <message>
        <source>solved within (business hours)</source>
        <translation>giải quyết trong (giờ làm việc)</translation>
    </message>
    <message>
        <source>customers' files kept after closing (days)</source>
        <translation>tệp của khách hàng được giữ sau khi đóng (ngày)</translation>
    </message>
    <message>
        <source>alerts kept after taken (days)</source>
        <translation>cảnh báo được giữ sau khi nhận (ngày)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>loyalty tier</source>
        <translation>hạng thành viên</translation>
    </message>
    <message>
        <source>holiday returns</source>
        <translation>trả hàng dịp lễ</translation>
    </message>
    <message>
        <source>without a receipt</source>
        <translation>không có hóa đơn</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>hoàn tiền</translation>
    </message>
    <message>
        <source>manager overrides</source>
        <translation>phê duyệt của quản lý</translation>
    </message>
    <message>
        <source>service desk</source>
        <translation>bàn dịch vụ</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>thiện chí</translation>
    </message>
    <message>
        <source>{section}: {rule}</source>
        <translation>{section}: {rule}</translation>
    </message>
    <message>
        <source>{section} {name}: {rule}</source>
        <translation>{section} {name}: {rule}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>{what}: {before} -&gt; {after}</source>
        <translation>{what}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>no policy {id}</source>
        <translation>không có chính sách {id}</translation>
    </message>
    <message>
        <source>scorecards are signed off by managers: {name} is a {role}</source>
        <translation>bảng đánh giá do quản lý ký duyệt: {name} là {role}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>kỳ đánh giá kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>no staff member {code}</source>
        <translation>không có nhân viên {code}</translation>
    </message>
    <message>
        <source>a scorecard is signed off by someone else than its owner</source>
        <translation>bảng đánh giá phải do người khác ký duyệt, không phải chính người đó</translation>
    </message>
    <message>
        <source>{name} ({code}) reviews the people of their own store</source>
        <translation>{name} ({code}) chỉ đánh giá nhân viên cửa hàng của mình</translation>
    </message>
    <message>
        <source>this scorecard is already signed off</source>
        <translation>bảng đánh giá này đã được ký duyệt</translation>
    </message>
    <message>
        <source>this register has no offline copy yet (it is made while the shared database answers): nothing was refunded. Try again when the connection is back</source>
        <translation>máy quầy này chưa có bản sao ngoại tuyến (bản sao được tạo khi cơ sở dữ liệu dùng chung còn kết nối): chưa hoàn tiền gì. Hãy thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>the shared database cannot be reached and this store's policy takes no returns offline: nothing was refunded. Try again when the connection is back</source>
        <translation>không kết nối được cơ sở dữ liệu dùng chung và chính sách của cửa hàng không nhận trả hàng ngoại tuyến: chưa hoàn tiền gì. Hãy thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>a receipt from another store needs the shared database: nothing was refunded. Try again when the connection is back</source>
        <translation>hóa đơn của cửa hàng khác cần cơ sở dữ liệu dùng chung: chưa hoàn tiền gì. Hãy thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>a refund to {tender} needs the shared database: refund it as store credit, or try again when the connection is back</source>
        <translation>hoàn tiền về {tender} cần cơ sở dữ liệu dùng chung: hãy hoàn bằng phiếu mua hàng, hoặc thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>this register holds no offline allowance (it is granted while online): nothing was refunded. Try again when the connection is back</source>
        <translation>máy quầy này không có hạn mức ngoại tuyến (hạn mức được cấp khi đang trực tuyến): chưa hoàn tiền gì. Hãy thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>{refund} is more than this register may refund offline ({left} left of {granted}): nothing was refunded. Try again when the connection is back</source>
        <translation>{refund} vượt quá số tiền máy quầy này được hoàn khi ngoại tuyến (còn {left} trên {granted}): chưa hoàn tiền gì. Hãy thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>a return without a receipt needs the shared database (its limits count every store's returns): nothing was refunded. Try again when the connection is back</source>
        <translation>trả hàng không có hóa đơn cần cơ sở dữ liệu dùng chung (hạn mức tính trên mọi cửa hàng): chưa hoàn tiền gì. Hãy thử lại khi có kết nối</translation>
    </message>
    <message>
        <source>the offline journal of this register was changed after entry {seq} was written: nothing was synced. Call IT; the journal is kept as it is</source>
        <translation>nhật ký ngoại tuyến của máy quầy này đã bị sửa sau khi ghi mục {seq}: chưa đồng bộ gì. Hãy gọi bộ phận IT; nhật ký được giữ nguyên</translation>
    </message>
    <message>
        <source>offline conflicts are settled by a manager: {name} is a {role}</source>
        <translation>xung đột ngoại tuyến do quản lý xử lý: {name} là {role}</translation>
    </message>
    <message>
        <source>no offline conflict {id} at this store</source>
        <translation>không có xung đột ngoại tuyến {id} tại cửa hàng này</translation>
    </message>
    <message>
        <source>offline conflict {id} is already settled</source>
        <translation>xung đột ngoại tuyến {id} đã được xử lý</translation>
    </message>
    <message>
        <source>store {store}: a store code has 4 digits</source>
        <translation>cửa hàng {store}: mã cửa hàng có 4 chữ số</translation>
    </message>
    <message>
        <source>{what} must be a PostgreSQL database: a chain replicates with PostgreSQL's logical replication</source>
        <translation>{what} phải là cơ sở dữ liệu PostgreSQL: chuỗi cửa hàng sao chép bằng logical replication của PostgreSQL</translation>
    </message>
    <message>
        <source>HQ has no store {store}</source>
        <translation>trụ sở chính không có cửa hàng {store}</translation>
    </message>
    <message>
        <source>receipt {doc} is from store {store}, and HQ's database, where other stores' receipts are found, cannot be reached: try again in a moment, or take the return without a receipt</source>
        <translation>hóa đơn {doc} thuộc cửa hàng {store}, và không thể kết nối cơ sở dữ liệu của trụ sở chính, nơi tìm hóa đơn của các cửa hàng khác: hãy thử lại sau giây lát, hoặc nhận trả hàng không có hóa đơn</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Needed when the database has no staff yet; staff of an existing database sign in with their own ID and PIN.</source>
        <translation>Cần khi cơ sở dữ liệu chưa có nhân viên; nhân viên của cơ sở dữ liệu đã có đăng nhập bằng mã và PIN của riêng mình.</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>PIN (6 to 12 digits)</source>
        <translation>PIN (6 đến 12 chữ số)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Nhập lại PIN</translation>
    </message>
</context>
<context>
    <name>CasePresenter</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} trên {total}</translation>
    </message>
    <message>
        <source>{what} due {when}</source>
        <translation>hạn {what} {when}</translation>
    </message>
    <message>
        <source>no target running</source>
        <translation>không có hạn nào đang chạy</translation>
    </message>
    <message>
        <source>with {department}</source>
        <translation>tại {department}</translation>
    </message>
    <message>
        <source>Case {number}: {subject}</source>
        <translation>Hồ sơ {number}: {subject}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Khách hàng: {customer}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Người phụ trách: {owner}</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>Hóa đơn {receipt}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>dòng {line}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>số sê-ri {serial}</translation>
    </message>
    <message>
        <source>Item: {product}</source>
        <translation>Sản phẩm: {product}</translation>
    </message>
    <message>
        <source>Return {code}</source>
        <translation>Phiếu trả hàng {code}</translation>
    </message>
    <message>
        <source>Follow-up call due {day}</source>
        <translation>Gọi theo dõi vào {day}</translation>
    </message>
    <message>
        <source>Solved on first contact</source>
        <translation>Giải quyết ngay lần liên hệ đầu</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (đã xóa)</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>⚑ OVERDUE</source>
        <translation>⚑ QUÁ HẠN</translation>
    </message>
    <message>
        <source>◷ due soon</source>
        <translation>◷ sắp đến hạn</translation>
    </message>
    <message>
        <source>{what} due</source>
        <translation>hạn {what}</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>đã mở hộp</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>bị lỗi</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>hư hỏng</translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation>đổi ý</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>sai kích cỡ</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>không đúng mô tả</translation>
    </message>
    <message>
        <source>arrived damaged</source>
        <translation>hỏng khi nhận</translation>
    </message>
    <message>
        <source>unwanted gift</source>
        <translation>quà không dùng đến</translation>
    </message>
    <message>
        <source>better price elsewhere</source>
        <translation>nơi khác rẻ hơn</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>card</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>thẻ quà tặng</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tín dụng cửa hàng</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tiền mặt</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>giấy phép lái xe</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>hộ chiếu</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>căn cước công dân</translation>
    </message>
    <message>
        <source>window expired</source>
        <translation>quá hạn đổi trả</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>hàng không đổi trả</translation>
    </message>
    <message>
        <source>more than is left to return</source>
        <translation>nhiều hơn số còn lại để trả</translation>
    </message>
    <message>
        <source>not on the receipt</source>
        <translation>không có trên hóa đơn</translation>
    </message>
    <message>
        <source>serial number differs</source>
        <translation>số sê-ri không khớp</translation>
    </message>
    <message>
        <source>restocking fee</source>
        <translation>phí nhập kho lại</translation>
    </message>
    <message>
        <source>receipt from another store</source>
        <translation>hóa đơn của cửa hàng khác</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>không có hóa đơn</translation>
    </message>
    <message>
        <source>no-receipt returns not accepted</source>
        <translation>không nhận trả hàng không có hóa đơn</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>cần giấy tờ tùy thân có ảnh</translation>
    </message>
    <message>
        <source>no-receipt limit reached</source>
        <translation>đã đạt hạn mức trả không hóa đơn</translation>
    </message>
    <message>
        <source>cash over the drawer limit</source>
        <translation>tiền mặt vượt hạn mức ngăn kéo</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>chấp thuận</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <source>needs a manager</source>
        <translation>cần quản lý</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>used</source>
        <translation>đã dùng</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>giảm giá</translation>
    </message>
    <message>
        <source>courtesy item</source>
        <translation>quà tặng xin lỗi</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>hỗ trợ kỹ thuật</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>hỏi đáp</translation>
    </message>
    <message>
        <source>repair or warranty</source>
        <translation>sửa chữa hoặc bảo hành</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <translation>chờ khách hàng</translation>
    </message>
    <message>
        <source>waiting on a department</source>
        <translation>chờ bộ phận khác</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>khẩn cấp</translation>
    </message>
    <message>
        <source>high</source>
        <translation>cao</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>tại quầy</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>thư</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>từ khách hàng</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>đến khách hàng</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>kho</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>kế toán</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>quầy</translation>
    </message>
    <message>
        <source>senior staff</source>
        <translation>nhân viên cấp cao</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>quản lý</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>phản hồi đầu tiên</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>giải quyết</translation>
    </message>
    <message>
        <source>acknowledge the case</source>
        <translation>xác nhận hồ sơ</translation>
    </message>
    <message>
        <source>ask for more information</source>
        <translation>yêu cầu thêm thông tin</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>nhân viên</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>vàng</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>bạc</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>bạch kim</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>về hình thức thanh toán ban đầu</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Chờ từ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Cần</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Đã bán</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>CounterQueueScreen</name>
    <message>
        <source>Counter queue</source>
        <translation>Hàng chờ tại quầy</translation>
    </message>
    <message>
        <source>Customer's name (optional), then Enter</source>
        <translation>Tên khách hàng (không bắt buộc), rồi Enter</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Khách đang chờ</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>số thứ tự</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>served by</source>
        <translation>phục vụ bởi</translation>
    </message>
    <message>
        <source>Serve next / selected</source>
        <translation>Phục vụ người tiếp theo / đã chọn</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Đã đi</translation>
    </message>
    <message>
        <source>Type the customer's name first, or press Check in for a ticket without one.</source>
        <translation>Hãy nhập tên khách trước, hoặc bấm Nhận số để lấy số không tên.</translation>
    </message>
</context>
<context>
    <name>CustomerPresenter</name>
    <message>
        <source>no scores yet</source>
        <translation>chưa có lượt chấm nào</translation>
    </message>
    <message>
        <source>{tier} member</source>
        <translation>thành viên {tier}</translation>
    </message>
    <message>
        <source>satisfaction {average} (scores: {count})</source>
        <translation>mức hài lòng {average} (lượt chấm: {count})</translation>
    </message>
    <message>
        <source>Purchases: {purchases} · Returns: {returns} · {scores}</source>
        <translation>Lần mua: {purchases} · Lần trả: {returns} · {scores}</translation>
    </message>
    <message>
        <source>Without a receipt: {history}</source>
        <translation>Không có hóa đơn: {history}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Purchases ({count})</source>
        <translation>Mua hàng ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Trả hàng ({count})</translation>
    </message>
    <message>
        <source>Service cases ({count})</source>
        <translation>Hồ sơ dịch vụ ({count})</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Receipt, loyalty ID, phone or name</source>
        <translation>Hóa đơn, mã thành viên, điện thoại hoặc tên</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Khách hàng tìm thấy</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>Tìm khách hàng để xem lịch sử.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>hóa đơn</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>store</source>
        <translation>cửa hàng</translation>
    </message>
    <message>
        <source>total</source>
        <translation>tổng</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>dòng</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả</translation>
    </message>
    <message>
        <source>return</source>
        <translation>phiếu trả</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>đã hoàn</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>duyệt bởi</translation>
    </message>
    <message>
        <source>case</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ngày mở</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Mua hàng</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>Hồ sơ dịch vụ</translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation>Cử chỉ thiện chí</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Xuất lịch sử</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Không tìm thấy khách hàng.</translation>
    </message>
    <message>
        <source>Amount: {error}</source>
        <translation>Số tiền: {error}</translation>
    </message>
    <message>
        <source>Goodwill request {id} sent: a manager approves it on the Overrides screen.</source>
        <translation>Đã gửi yêu cầu thiện chí {id}: quản lý duyệt trên màn hình Duyệt ngoại lệ.</translation>
    </message>
    <message>
        <source>goodwill gesture</source>
        <translation>cử chỉ thiện chí</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Cử chỉ</translation>
    </message>
    <message>
        <source>Amount (credit, discount)</source>
        <translation>Số tiền (tín dụng, giảm giá)</translation>
    </message>
    <message>
        <source>What (courtesy item, other)</source>
        <translation>Nội dung (quà tặng, khác)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Export the customer's history</source>
        <translation>Xuất lịch sử của khách hàng</translation>
    </message>
    <message>
        <source>Exported to {saved} (recorded in the audit log).</source>
        <translation>Đã xuất ra {saved} (được ghi vào nhật ký kiểm toán).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where does this station keep its data?</source>
        <translation>Máy này lưu dữ liệu ở đâu?</translation>
    </message>
    <message>
        <source>On this computer only (a local database; nothing to set up)</source>
        <translation>Chỉ trên máy tính này (cơ sở dữ liệu cục bộ; không cần thiết lập)</translation>
    </message>
    <message>
        <source>On the store's shared server (PostgreSQL): several counters, one database</source>
        <translation>Trên máy chủ chung của cửa hàng (PostgreSQL): nhiều quầy, một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>A demo store to try ReturnDesk (sample receipts and staff)</source>
        <translation>Cửa hàng mẫu để dùng thử ReturnDesk (hóa đơn và nhân viên mẫu)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</source>
        <translation>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</translation>
    </message>
    <message>
        <source>password (kept in a file only you can read)</source>
        <translation>mật khẩu (lưu trong tệp chỉ bạn đọc được)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>no stores yet</source>
        <translation>chưa có cửa hàng nào</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>lược đồ {revision}</translation>
    </message>
    <message>
        <source>an empty database</source>
        <translation>một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>Connected to {server}: {schema}; {stores}.</source>
        <translation>Đã kết nối với {server}: {schema}; {stores}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>ReturnDesk: exchange</source>
        <translation>ReturnDesk: đổi hàng</translation>
    </message>
    <message>
        <source>Scan the new item</source>
        <translation>Quét sản phẩm mới</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>không phải trả thêm</translation>
    </message>
    <message>
        <source>card's last 4 digits</source>
        <translation>4 chữ số cuối của thẻ</translation>
    </message>
    <message>
        <source>Complete the exchange</source>
        <translation>Hoàn tất đổi hàng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Difference paid by</source>
        <translation>Phần chênh lệch trả bằng</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Store credit from this return: voucher {voucher}</source>
        <translation>Tín dụng cửa hàng từ lần trả này: phiếu {voucher}</translation>
    </message>
    <message>
        <source>Credit available: {amount}.</source>
        <translation>Tín dụng còn: {amount}.</translation>
    </message>
    <message>
        <source>New items {total}; the voucher pays {voucher}; the customer pays {difference}.</source>
        <translation>Hàng mới {total}; phiếu tín dụng trả {voucher}; khách hàng trả {difference}.</translation>
    </message>
    <message>
        <source>New items {total}, paid by the voucher; {left} stays on the voucher.</source>
        <translation>Hàng mới {total}, trả bằng phiếu tín dụng; còn {left} trên phiếu.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Very unhappy</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>ReturnDesk: how did we do?</source>
        <translation>ReturnDesk: chúng tôi phục vụ thế nào?</translation>
    </message>
    <message>
        <source>How did we do today?</source>
        <translation>Hôm nay chúng tôi phục vụ bạn thế nào?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Điều bạn muốn nói với chúng tôi (không bắt buộc)</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Không, cảm ơn</translation>
    </message>
</context>
<context>
    <name>FindSaleDialog</name>
    <message>
        <source>ReturnDesk: find the sale</source>
        <translation>ReturnDesk: tìm giao dịch bán</translation>
    </message>
    <message>
        <source>POS store</source>
        <translation>Cửa hàng POS</translation>
    </message>
    <message>
        <source>POS register</source>
        <translation>Quầy POS</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Ngày kinh doanh</translation>
    </message>
    <message>
        <source>last 4 digits</source>
        <translation>4 số cuối</translation>
    </message>
    <message>
        <source>Visa, Mastercard… (optional)</source>
        <translation>Visa, Mastercard… (không bắt buộc)</translation>
    </message>
    <message>
        <source>total paid (optional)</source>
        <translation>tổng tiền đã trả (không bắt buộc)</translation>
    </message>
    <message>
        <source>C…</source>
        <translation>C…</translation>
    </message>
    <message>
        <source>Card's last 4 digits</source>
        <translation>4 số cuối của thẻ</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Loại thẻ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>Mã khách hàng thân thiết</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>The POS receipt's number</source>
        <translation>Số trên hóa đơn POS</translation>
    </message>
    <message>
        <source>No receipt: the card or the loyalty ID</source>
        <translation>Không có hóa đơn: thẻ hoặc mã khách hàng thân thiết</translation>
    </message>
    <message>
        <source>Sales found</source>
        <translation>Giao dịch tìm thấy</translation>
    </message>
    <message>
        <source>Find  (Enter)</source>
        <translation>Tìm  (Enter)</translation>
    </message>
    <message>
        <source>Open this sale</source>
        <translation>Mở giao dịch này</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Hủy  (Esc)</translation>
    </message>
    <message>
        <source>Looking up {ref}…</source>
        <translation>Đang tìm {ref}…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>store {store}</source>
        <translation>cửa hàng {store}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} món</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 món</translation>
    </message>
    <message>
        <source>{count} sales found: pick one with the arrows and press Enter.</source>
        <translation>Tìm thấy {count} giao dịch: chọn bằng phím mũi tên rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>1 sale found: press Enter to open it.</source>
        <translation>Tìm thấy 1 giao dịch: nhấn Enter để mở.</translation>
    </message>
    <message>
        <source>No sale matches. Check the dates, or ask for the receipt.</source>
        <translation>Không có giao dịch nào khớp. Kiểm tra lại ngày, hoặc hỏi hóa đơn.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>ReturnDesk: {title}</source>
        <translation>ReturnDesk: {title}</translation>
    </message>
</context>
<context>
    <name>InlineOverrideDialog</name>
    <message>
        <source>ReturnDesk: manager override</source>
        <translation>ReturnDesk: quản lý duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>A manager must approve: {codes}.</source>
        <translation>Cần quản lý duyệt: {codes}.</translation>
    </message>
    <message>
        <source>Manager staff ID</source>
        <translation>Mã nhân viên của quản lý</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>Mã quản lý</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>the manager's staff ID</source>
        <translation>mã nhân viên của quản lý</translation>
    </message>
    <message>
        <source>their PIN</source>
        <translation>PIN của họ</translation>
    </message>
    <message>
        <source>why</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>Still needed: {what}.</source>
        <translation>Còn thiếu: {what}.</translation>
    </message>
    <message>
        <source>Refused by {decided_by}: {decision_reason}</source>
        <translation>Bị {decided_by} từ chối: {decision_reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <source>Counter queue</source>
        <translation>Hàng chờ quầy</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Dịch vụ khách hàng</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Cài đặt cửa hàng</translation>
    </message>
    <message>
        <source>☰ Screens</source>
        <translation>☰ Màn hình</translation>
    </message>
    <message>
        <source>Show the list of screens</source>
        <translation>Hiện danh sách màn hình</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (cửa hàng {code}, quầy {register})</translation>
    </message>
    <message>
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · cửa hàng {code} · quầy {register}</translation>
    </message>
    <message>
        <source>store {code} · register {register}</source>
        <translation>cửa hàng {code} · quầy {register}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Cơ sở dữ liệu: {database}</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. This register goes on OFFLINE: returns with a receipt from this store, refunded as store credit or cash within the register's offline allowance. They are sent to the shared database as soon as it answers. Other screens wait for the connection.</source>
        <translation>Không kết nối được cơ sở dữ liệu dùng chung. Máy quầy này tiếp tục NGOẠI TUYẾN: nhận trả hàng có hóa đơn của cửa hàng này, hoàn bằng phiếu mua hàng hoặc tiền mặt trong hạn mức ngoại tuyến của máy. Các giao dịch sẽ được gửi lên cơ sở dữ liệu dùng chung ngay khi có kết nối. Các màn hình khác chờ kết nối.</translation>
    </message>
    <message>
        <source>Back online: {count} offline returns sent to the shared database.</source>
        <translation>Đã trực tuyến lại: {count} giao dịch trả hàng ngoại tuyến đã được gửi lên cơ sở dữ liệu dùng chung.</translation>
    </message>
    <message>
        <source>{count} of their lines were also returned at another register while offline: a manager settles them (Reports, Offline conflicts).</source>
        <translation>{count} dòng trong số đó cũng đã được trả ở máy quầy khác khi ngoại tuyến: quản lý sẽ xử lý (Báo cáo, Xung đột ngoại tuyến).</translation>
    </message>
    <message>
        <source>✖ OFFLINE · {count} to send</source>
        <translation>✖ NGOẠI TUYẾN · {count} chờ gửi</translation>
    </message>
    <message>
        <source>● connected · {count} to send</source>
        <translation>● đã kết nối · {count} chờ gửi</translation>
    </message>
    <message>
        <source>ticket {ticket} ({name}), {minutes} min</source>
        <translation>số {ticket} ({name}), {minutes} phút</translation>
    </message>
    <message>
        <source>ticket {ticket}, {minutes} min</source>
        <translation>số {ticket}, {minutes} phút</translation>
    </message>
    <message>
        <source>⚑ Waiting too long at the counter: {waiting}</source>
        <translation>⚑ Chờ quá lâu tại quầy: {waiting}</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● đã kết nối</translation>
    </message>
    <message>
        <source>✖ database unreachable</source>
        <translation>✖ không kết nối được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Document {doc_id} did not print: {message}. The return is saved; reprint it from the Reprint screen when the printer is back.</source>
        <translation>Chứng từ {doc_id} không in được: {message}. Lần trả hàng đã được lưu; in lại từ màn hình In lại khi máy in hoạt động trở lại.</translation>
    </message>
    <message>
        <source>{name} ({code}, {role})</source>
        <translation>{name} ({code}, {role})</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt.</source>
        <translation>{code} không phải mã hóa đơn (16 chữ số có chữ số kiểm tra). Quét mã vạch ở cuối hóa đơn.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Nhận xử lý</translation>
    </message>
    <message>
        <source>I answer for it: the reminders stop</source>
        <translation>Tôi chịu trách nhiệm: ngừng nhắc nhở</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>⚑ Case {number} was escalated to your level: {subject}</source>
        <translation>⚑ Hồ sơ {number} đã được chuyển lên cấp của bạn: {subject}</translation>
    </message>
    <message>
        <source>◷ Case {number} is about to miss its target: {subject}</source>
        <translation>◷ Hồ sơ {number} sắp trễ hạn: {subject}</translation>
    </message>
    <message>
        <source>⚑ Case {number} is overdue: {subject}</source>
        <translation>⚑ Hồ sơ {number} đã quá hạn: {subject}</translation>
    </message>
    <message>
        <source>☎ Case {number}: the follow-up call is due: {subject}</source>
        <translation>☎ Hồ sơ {number}: đến hạn gọi lại khách hàng: {subject}</translation>
    </message>
    <message>
        <source>✉ Case {number}: the customer wrote: {subject}</source>
        <translation>✉ Hồ sơ {number}: khách hàng đã viết thư: {subject}</translation>
    </message>
    <message>
        <source>(and {count} more on the Service desk)</source>
        <translation>(và {count} mục khác ở Dịch vụ khách hàng)</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Approve</source>
        <translation>Chấp thuận</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Needs manager</source>
        <translation>Cần quản lý</translation>
    </message>
    <message>
        <source>Photo ID needed</source>
        <translation>Cần giấy tờ tùy thân có ảnh</translation>
    </message>
</context>
<context>
    <name>OverrideQueueScreen</name>
    <message>
        <source>No requests are waiting.</source>
        <translation>Không có yêu cầu nào đang chờ.</translation>
    </message>
    <message>
        <source>Pick a request to see the case.</source>
        <translation>Chọn một yêu cầu để xem chi tiết.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>PIN của bạn</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Goodwill gestures asked for</source>
        <translation>Cử chỉ thiện chí được đề nghị</translation>
    </message>
    <message>
        <source>Approve gesture</source>
        <translation>Duyệt cử chỉ</translation>
    </message>
    <message>
        <source>Refuse gesture</source>
        <translation>Từ chối cử chỉ</translation>
    </message>
    <message>
        <source>Override queue</source>
        <translation>Hàng chờ duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>Mã quản lý</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Yêu cầu đang chờ</translation>
    </message>
    <message>
        <source>Goodwill gestures waiting</source>
        <translation>Cử chỉ thiện chí đang chờ</translation>
    </message>
    <message>
        <source>Say why you approve: the reason goes in the audit log.</source>
        <translation>Hãy nói lý do bạn duyệt: lý do được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}: voucher {voucher} printing.</source>
        <translation>Cử chỉ {id} {status}: đang in phiếu {voucher}.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}.</source>
        <translation>Cử chỉ {id} {status}.</translation>
    </message>
    <message>
        <source>Request {id} {status}.</source>
        <translation>Yêu cầu {id} {status}.</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Loyal customer</source>
        <translation>Khách hàng thân thiết</translation>
    </message>
    <message>
        <source>Item clearly unused</source>
        <translation>Sản phẩm rõ ràng chưa dùng</translation>
    </message>
    <message>
        <source>Store error at the sale</source>
        <translation>Lỗi của cửa hàng khi bán</translation>
    </message>
    <message>
        <source>Manufacturer defect</source>
        <translation>Lỗi của nhà sản xuất</translation>
    </message>
    <message>
        <source>Goodwill after a complaint</source>
        <translation>Thiện chí sau khiếu nại</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>no receipt</source>
        <translation>không có hóa đơn</translation>
    </message>
</context>
<context>
    <name>PolicyChangeDialog</name>
    <message>
        <source>ReturnDesk: the return policy changed</source>
        <translation>ReturnDesk: chính sách đổi trả đã thay đổi</translation>
    </message>
    <message>
        <source>Store {store} has a new return policy (version {version}, installed {when} by {who}). What changed:</source>
        <translation>Cửa hàng {store} có chính sách đổi trả mới (phiên bản {version}, cài đặt {when} bởi {who}). Những thay đổi:</translation>
    </message>
    <message>
        <source>What changed in the policy</source>
        <translation>Những thay đổi trong chính sách</translation>
    </message>
    <message>
        <source>I have read the changes</source>
        <translation>Tôi đã đọc các thay đổi</translation>
    </message>
</context>
<context>
    <name>QueuePresenter</name>
    <message>
        <source>• line {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</source>
        <translation>• dòng {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không nêu lý do</translation>
    </message>
    <message>
        <source>Request {id} from {clerk} at register {register}</source>
        <translation>Yêu cầu {id} từ {clerk} tại quầy {register}</translation>
    </message>
    <message>
        <source>Receipt {receipt}; needs {codes}</source>
        <translation>Hóa đơn {receipt}; cần {codes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Refund once approved: {amount}</source>
        <translation>Hoàn tiền khi được duyệt: {amount}</translation>
    </message>
    <message>
        <source>#{id} {kind} {value} for {customer} ({clerk}): {what}</source>
        <translation>#{id} {kind} {value} cho {customer} ({clerk}): {what}</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>The answer staff give</source>
        <translation>Câu trả lời nhân viên đưa ra</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Lưu câu trả lời</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>The return policy, in plain words</source>
        <translation>Chính sách đổi trả, bằng lời đơn giản</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <source>{body}

(kept current by {updated_by})</source>
        <translation>{body}

(cập nhật bởi {updated_by})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>returns per day</source>
        <translation>trả hàng theo ngày</translation>
    </message>
    <message>
        <source>returns by reason</source>
        <translation>trả hàng theo lý do</translation>
    </message>
    <message>
        <source>returns by category</source>
        <translation>trả hàng theo danh mục</translation>
    </message>
    <message>
        <source>returns by product</source>
        <translation>trả hàng theo sản phẩm</translation>
    </message>
    <message>
        <source>returns by staff</source>
        <translation>trả hàng theo nhân viên</translation>
    </message>
    <message>
        <source>refunds by tender</source>
        <translation>hoàn tiền theo hình thức thanh toán</translation>
    </message>
    <message>
        <source>no-receipt returns</source>
        <translation>trả hàng không hóa đơn</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>duyệt ngoại lệ</translation>
    </message>
    <message>
        <source>fraud signals</source>
        <translation>dấu hiệu gian lận</translation>
    </message>
    <message>
        <source>cash by register</source>
        <translation>tiền mặt theo quầy</translation>
    </message>
    <message>
        <source>service desk KPIs</source>
        <translation>chỉ số dịch vụ khách hàng</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>thiện chí</translation>
    </message>
    <message>
        <source>counter waits per hour</source>
        <translation>thời gian chờ tại quầy theo giờ</translation>
    </message>
    <message>
        <source>repeat and one-time customers</source>
        <translation>khách quay lại và khách mua một lần</translation>
    </message>
    <message>
        <source>who has read the newest policy</source>
        <translation>ai đã đọc chính sách mới nhất</translation>
    </message>
    <message>
        <source>staff scorecards</source>
        <translation>bảng đánh giá nhân viên</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <translation>xung đột ngoại tuyến</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>The report's rows</source>
        <translation>Các dòng của báo cáo</translation>
    </message>
    <message>
        <source>End-of-day slip printed: {where}</source>
        <translation>Đã in phiếu cuối ngày: {where}</translation>
    </message>
    <message>
        <source>The end-of-day slip did not print: {message}</source>
        <translation>Phiếu cuối ngày chưa in được: {message}</translation>
    </message>
    <message>
        <source>every store</source>
        <translation>mọi cửa hàng</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>End-of-day register report</source>
        <translation>Báo cáo quầy cuối ngày</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>store</source>
        <translation>cửa hàng</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>Hãy xem một báo cáo trước.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>Đã lưu {target}.</translation>
    </message>
</context>
<context>
    <name>ReprintScreen</name>
    <message>
        <source>Reprint and gift receipts</source>
        <translation>In lại và hóa đơn quà tặng</translation>
    </message>
    <message>
        <source>Scan or type an ID</source>
        <translation>Quét hoặc nhập mã</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Gift receipt for this sale</source>
        <translation>Hóa đơn quà tặng cho lần mua này</translation>
    </message>
    <message>
        <source>{error}.</source>
        <translation>{error}.</translation>
    </message>
    <message>
        <source>Reprinting {code}…</source>
        <translation>Đang in lại {code}…</translation>
    </message>
    <message>
        <source>Reprinted {code}: {where}</source>
        <translation>Đã in lại {code}: {where}</translation>
    </message>
    <message>
        <source>The reprint of {code} did not print: {message}</source>
        <translation>Bản in lại {code} chưa in được: {message}</translation>
    </message>
    <message>
        <source>Gift receipt {doc_id} made for this sale; printing.</source>
        <translation>Đã lập hóa đơn quà tặng {doc_id} cho lần mua này; đang in.</translation>
    </message>
</context>
<context>
    <name>ReturnDraft</name>
    <message>
        <source>member {id}</source>
        <translation>thành viên {id}</translation>
    </message>
    <message>
        <source>no loyalty ID yet</source>
        <translation>chưa có mã thành viên</translation>
    </message>
    <message>
        <source>{id_type} seen</source>
        <translation>đã xem {id_type}</translation>
    </message>
    <message>
        <source>photo ID not checked yet</source>
        <translation>chưa kiểm tra giấy tờ có ảnh</translation>
    </message>
    <message>
        <source>NO RECEIPT</source>
        <translation>KHÔNG CÓ HÓA ĐƠN</translation>
    </message>
    <message>
        <source>refunded as store credit</source>
        <translation>hoàn bằng tín dụng cửa hàng</translation>
    </message>
    <message>
        <source>Receipt {id}</source>
        <translation>Hóa đơn {id}</translation>
    </message>
    <message>
        <source>store {code}</source>
        <translation>cửa hàng {code}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>tổng {amount}</translation>
    </message>
    <message>
        <source>POS {ref}</source>
        <translation>POS {ref}</translation>
    </message>
    <message>
        <source>GIFT RECEIPT: store credit only</source>
        <translation>HÓA ĐƠN QUÀ TẶNG: chỉ hoàn bằng tín dụng cửa hàng</translation>
    </message>
    <message>
        <source>scan each item's barcode, or type part of its name and Enter</source>
        <translation>quét mã vạch của từng sản phẩm, hoặc nhập một phần tên rồi Enter</translation>
    </message>
    <message>
        <source>{tender} ending {last4}: {amount}</source>
        <translation>{tender} đuôi {last4}: {amount}</translation>
    </message>
    <message>
        <source>{tender}: {amount}</source>
        <translation>{tender}: {amount}</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <source>Scan or type the receipt code</source>
        <translation>Quét hoặc nhập mã hóa đơn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>No receipt  (F6)</source>
        <translation>Không có hóa đơn  (F6)</translation>
    </message>
    <message>
        <source>Find sale  (F4)</source>
        <translation>Tìm giao dịch  (F4)</translation>
    </message>
    <message>
        <source>The POS receipt's number typed in, or the card or loyalty ID</source>
        <translation>Số trên hóa đơn POS nhập tay, hoặc thẻ hay mã khách hàng thân thiết</translation>
    </message>
    <message>
        <source>Loyalty ID (C…)</source>
        <translation>Mã thành viên (C…)</translation>
    </message>
    <message>
        <source>photo ID not checked</source>
        <translation>chưa kiểm tra giấy tờ có ảnh</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>ID seen</source>
        <translation>Giấy tờ đã xem</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>Chưa mở hóa đơn nào</translation>
    </message>
    <message>
        <source>The receipt's lines</source>
        <translation>Các dòng của hóa đơn</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>Quét hóa đơn để bắt đầu</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>về hình thức thanh toán ban đầu</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>bằng tín dụng cửa hàng</translation>
    </message>
    <message>
        <source>Complete return  (F10)</source>
        <translation>Hoàn tất trả hàng  (F10)</translation>
    </message>
    <message>
        <source>Manager  F8</source>
        <translation>Quản lý  F8</translation>
    </message>
    <message>
        <source>A manager approves here, with their ID and PIN</source>
        <translation>Quản lý duyệt tại đây, bằng mã và PIN của mình</translation>
    </message>
    <message>
        <source>Queue  F9</source>
        <translation>Hàng chờ  F9</translation>
    </message>
    <message>
        <source>Send the return to the manager's override queue</source>
        <translation>Gửi lần trả hàng vào hàng chờ duyệt của quản lý</translation>
    </message>
    <message>
        <source>Next  Esc</source>
        <translation>Tiếp  Esc</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Khách hàng tiếp theo</translation>
    </message>
    <message>
        <source>Case  F7</source>
        <translation>Hồ sơ  F7</translation>
    </message>
    <message>
        <source>Open a service case about this receipt</source>
        <translation>Mở hồ sơ dịch vụ về hóa đơn này</translation>
    </message>
    <message>
        <source>Feedback  F11</source>
        <translation>Đánh giá  F11</translation>
    </message>
    <message>
        <source>The customer scores the visit</source>
        <translation>Khách hàng chấm điểm lần phục vụ</translation>
    </message>
    <message>
        <source>Exchange  F12</source>
        <translation>Đổi hàng  F12</translation>
    </message>
    <message>
        <source>The customer takes another item, paid with this return's credit</source>
        <translation>Khách hàng lấy sản phẩm khác, trả bằng tín dụng của lần trả này</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>  (final sale)</source>
        <translation>  (không đổi trả)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>sold {sold} · returned {returned} · price {price}</source>
        <translation>đã bán {sold} · đã trả {returned} · giá {price}</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Scan or type the receipt code</source>
        <translation>Quét hoặc nhập mã hóa đơn</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>Chưa mở hóa đơn nào</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>Quét hóa đơn để bắt đầu</translation>
    </message>
    <message>
        <source>{error}. Scan it again or type the digits under the barcode.</source>
        <translation>{error}. Quét lại hoặc nhập các chữ số dưới mã vạch.</translation>
    </message>
    <message>
        <source>Looking up the receipt…</source>
        <translation>Đang tìm hóa đơn…</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt, or press F6 for a return without a receipt.</source>
        <translation>{code} không phải mã hóa đơn (16 chữ số có chữ số kiểm tra). Quét mã vạch ở cuối hóa đơn, hoặc nhấn F6 để trả hàng không có hóa đơn.</translation>
    </message>
    <message>
        <source>Scan the item, or type part of its name</source>
        <translation>Quét sản phẩm, hoặc nhập một phần tên</translation>
    </message>
    <message>
        <source>No receipt: the store's no-receipt rules apply and the refund is store credit. Scan each item, then take the customer's loyalty ID and check a photo ID.</source>
        <translation>Không có hóa đơn: áp dụng quy định trả hàng không hóa đơn của cửa hàng và hoàn bằng tín dụng cửa hàng. Quét từng sản phẩm, sau đó lấy mã thành viên của khách hàng và kiểm tra giấy tờ có ảnh.</translation>
    </message>
    <message>
        <source>No product matches {text!r}. Scan the barcode on the item or its tag.</source>
        <translation>Không có sản phẩm khớp với {text!r}. Quét mã vạch trên sản phẩm hoặc trên nhãn.</translation>
    </message>
    <message>
        <source>ReturnDesk: which item?</source>
        <translation>ReturnDesk: sản phẩm nào?</translation>
    </message>
    <message>
        <source>Items matching {text!r}</source>
        <translation>Sản phẩm khớp với {text!r}</translation>
    </message>
    <message>
        <source>Added {item}. Scan the next item, or check the decision.</source>
        <translation>Đã thêm {item}. Quét sản phẩm tiếp theo, hoặc xem quyết định.</translation>
    </message>
    <message>
        <source>Paid: {tenders}</source>
        <translation>Đã thanh toán: {tenders}</translation>
    </message>
    <message>
        <source>case {number} ({status}): {subject}</source>
        <translation>hồ sơ {number} ({status}): {subject}</translation>
    </message>
    <message>
        <source>⚑ Open on this receipt: {cases}</source>
        <translation>⚑ Đang mở trên hóa đơn này: {cases}</translation>
    </message>
    <message>
        <source>Pick the lines coming back: type the quantity in the Return column.</source>
        <translation>Chọn các dòng được trả lại: nhập số lượng vào cột Trả.</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation>Mọi thứ trên hóa đơn này đã được trả.</translation>
    </message>
    <message>
        <source>Nothing picked yet</source>
        <translation>Chưa chọn gì</translation>
    </message>
    <message>
        <source>{sign} APPROVE: refund {total}</source>
        <translation>{sign} CHẤP THUẬN: hoàn {total}</translation>
    </message>
    <message>
        <source>{sign} DENIED: nothing to refund</source>
        <translation>{sign} TỪ CHỐI: không hoàn tiền</translation>
    </message>
    <message>
        <source>{sign} NEEDS MANAGER before any refund</source>
        <translation>{sign} CẦN QUẢN LÝ trước khi hoàn tiền</translation>
    </message>
    <message>
        <source>Check the customer's photo ID and pick it under ID seen</source>
        <translation>Hãy kiểm tra giấy tờ có ảnh của khách và chọn ở mục Giấy tờ đã xem</translation>
    </message>
    <message>
        <source>The sentence to read to the customer appears here.</source>
        <translation>Câu cần đọc cho khách hàng hiện ở đây.</translation>
    </message>
    <message>
        <source>Refund to: {tenders}</source>
        <translation>Hoàn về: {tenders}</translation>
    </message>
    <message>
        <source>Checking the decision… the return completes when it approves.</source>
        <translation>Đang kiểm tra quyết định… việc trả hàng sẽ hoàn tất khi được chấp thuận.</translation>
    </message>
    <message>
        <source>Not refunded: this return needs a manager first. F8 to approve here, F9 to send it to the override queue.</source>
        <translation>Chưa hoàn tiền: việc trả hàng này cần quản lý duyệt trước. F8 để duyệt tại đây, F9 để gửi vào hàng chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Not refunded: the decision is DENIED.</source>
        <translation>Chưa hoàn tiền: quyết định là TỪ CHỐI.</translation>
    </message>
    <message>
        <source>Nothing to refund yet: type the quantity coming back in the Return column.</source>
        <translation>Chưa có gì để hoàn tiền: nhập số lượng được trả lại vào cột Trả.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Đang hoàn tiền…</translation>
    </message>
    <message>
        <source>This register is now offline: F10 again refunds it here, as store credit or cash within the offline allowance.</source>
        <translation>Máy quầy này đang ngoại tuyến: nhấn F10 lần nữa để hoàn tiền tại đây, bằng phiếu mua hàng hoặc tiền mặt trong hạn mức ngoại tuyến.</translation>
    </message>
    <message>
        <source>✔ DONE: refunded {total}</source>
        <translation>✔ XONG: đã hoàn {total}</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded (replayed: nothing refunded twice). The receipt is printing. Esc for the next customer.</source>
        <translation>Đã hoàn tất phiếu trả {return_id}: đã hoàn {total} (yêu cầu lặp lại: không hoàn hai lần). Hóa đơn đang in. Esc để phục vụ khách tiếp theo.</translation>
    </message>
    <message>
        <source>Return {return_id} completed OFFLINE: {total} refunded. It is sent to the shared database when the connection is back. The receipt is printing. Esc for the next customer.</source>
        <translation>Trả hàng {return_id} hoàn tất NGOẠI TUYẾN: đã hoàn {total}. Giao dịch sẽ được gửi lên cơ sở dữ liệu dùng chung khi có kết nối. Hóa đơn đang in. Esc cho khách tiếp theo.</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded. The receipt is printing. Esc for the next customer.</source>
        <translation>Đã hoàn tất phiếu trả {return_id}: đã hoàn {total}. Hóa đơn đang in. Esc để phục vụ khách tiếp theo.</translation>
    </message>
    <message>
        <source>Waiting for a manager: request {id} is in the override queue. The answer appears here by itself.</source>
        <translation>Đang chờ quản lý: yêu cầu {id} đã ở trong hàng chờ duyệt. Câu trả lời sẽ tự hiện ở đây.</translation>
    </message>
    <message>
        <source>Approved by {decided_by}: {decision_reason}. Press F10 to complete the return.</source>
        <translation>Được {decided_by} duyệt: {decision_reason}. Nhấn F10 để hoàn tất trả hàng.</translation>
    </message>
    <message>
        <source>Refused by {manager}: {reason}</source>
        <translation>Bị {manager} từ chối: {reason}</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>một quản lý</translation>
    </message>
    <message>
        <source>For an exchange, refund the return as store credit first.</source>
        <translation>Để đổi hàng, trước hết hãy hoàn lần trả này bằng tín dụng cửa hàng.</translation>
    </message>
    <message>
        <source>Exchange done: new receipt {receipt}.</source>
        <translation>Đã đổi hàng: hóa đơn mới {receipt}.</translation>
    </message>
    <message>
        <source>The customer paid {amount} by {payment}.</source>
        <translation>Khách hàng đã trả {amount} bằng {payment}.</translation>
    </message>
    <message>
        <source>{amount} stays on voucher {voucher}.</source>
        <translation>Còn {amount} trên phiếu {voucher}.</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>Cảm ơn: đã ghi nhận {score}/5.</translation>
    </message>
    <message>
        <source>Press Esc again to put this receipt away. Nothing has been refunded.</source>
        <translation>Nhấn Esc lần nữa để đóng hóa đơn này. Chưa hoàn tiền gì cả.</translation>
    </message>
</context>
<context>
    <name>ServiceDeskScreen</name>
    <message>
        <source>Service desk</source>
        <translation>Dịch vụ khách hàng</translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation>Hồ sơ mới  (Ctrl+N)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Hồ sơ của tôi</translation>
    </message>
    <message>
        <source>Today's follow-ups</source>
        <translation>Cuộc gọi theo dõi hôm nay</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Tìm theo tiêu đề</translation>
    </message>
    <message>
        <source>Pick a case to see its timeline.</source>
        <translation>Chọn một hồ sơ để xem diễn biến.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Ghi liên hệ</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Chờ khách hàng</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Chuyển cấp trên</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>Thư trả lời</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Gọi theo dõi</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Ý kiến khách hàng</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>giải quyết</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>hồ sơ mới</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>The case's timeline</source>
        <translation>Dòng thời gian của hồ sơ</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Tệp đính kèm ({count})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>Mã thành viên</translation>
    </message>
    <message>
        <source>Name (no loyalty ID)</source>
        <translation>Tên (không có mã thành viên)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Item (scan its barcode, or its SKU)</source>
        <translation>Sản phẩm (quét mã vạch hoặc nhập SKU)</translation>
    </message>
    <message>
        <source>Return (its document number)</source>
        <translation>Phiếu trả hàng (số chứng từ)</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Khách hàng nói gì</translation>
    </message>
    <message>
        <source>Make them a customer (loyalty ID)</source>
        <translation>Đăng ký thành viên cho khách (mã thành viên)</translation>
    </message>
    <message>
        <source>Solved now, at the counter</source>
        <translation>Đã giải quyết ngay tại quầy</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>Đã mở hồ sơ.</translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation>Đã ghi liên hệ.</translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation>ghi một lần liên hệ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Waiting on the customer: the clock stops.</source>
        <translation>Chờ khách hàng: đồng hồ tạm dừng.</translation>
    </message>
    <message>
        <source>Transferred to {department}; you stay responsible.</source>
        <translation>Đã chuyển đến {department}; bạn vẫn chịu trách nhiệm.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>chuyển</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>Đã chuyển cấp trên.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>chuyển cấp trên</translation>
    </message>
    <message>
        <source>Resolved; a follow-up call is scheduled.</source>
        <translation>Đã giải quyết; đã hẹn cuộc gọi theo dõi.</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>Cách đã giải quyết</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>Đã ghi cuộc gọi theo dõi.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>không liên lạc được</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>cuộc gọi theo dõi</translation>
    </message>
    <message>
        <source>The customer says</source>
        <translation>Khách hàng nói</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>Cảm ơn: đã ghi nhận {score}/5.</translation>
    </message>
    <message>
        <source>written reply</source>
        <translation>thư trả lời</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Gửi bằng</translation>
    </message>
    <message>
        <source>Extra text</source>
        <translation>Nội dung thêm</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Đã gửi thư trả lời.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Store settings</source>
        <translation>Cài đặt cửa hàng</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>không có logo</translation>
    </message>
    <message>
        <source>Choose a PNG…</source>
        <translation>Chọn ảnh PNG…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Xóa logo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Tên cửa hàng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Language (receipts, sentences)</source>
        <translation>Ngôn ngữ (hóa đơn, câu nói)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Receipt header lines</source>
        <translation>Dòng đầu hóa đơn</translation>
    </message>
    <message>
        <source>Receipt footer lines</source>
        <translation>Dòng cuối hóa đơn</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>What every receipt of this store prints, and the language its customers hear. A currency changes only before the store's first sale.</source>
        <translation>Những gì mọi hóa đơn của cửa hàng này in ra, và ngôn ngữ khách hàng nghe. Tiền tệ chỉ đổi được trước giao dịch bán đầu tiên.</translation>
    </message>
    <message>
        <source>a logo of {size} bytes</source>
        <translation>logo {size} byte</translation>
    </message>
    <message>
        <source>The store's logo</source>
        <translation>Logo của cửa hàng</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>no logo (saved with Save)</source>
        <translation>không có logo (lưu bằng Lưu)</translation>
    </message>
    <message>
        <source>Saved. Receipts print it from now on; a new language shows on this station's screens at its next start.</source>
        <translation>Đã lưu. Hóa đơn in theo đây từ bây giờ; ngôn ngữ mới hiện trên màn hình quầy này ở lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>ReturnDesk: first-run setup</source>
        <translation>ReturnDesk: thiết lập lần đầu</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>Đang thiết lập cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your staff ID and PIN</source>
        <translation>Đăng nhập bằng mã nhân viên và mã PIN</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>Mã PIN mới của bạn</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nhập lại mã PIN mới</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Đã khóa khi {name} vắng mặt: đăng nhập để tiếp tục</translation>
    </message>
    <message>
        <source>Welcome, {name}: choose your own PIN (4 to 12 digits). The one you were given works only once.</source>
        <translation>Chào {name}: hãy chọn mã PIN riêng (4 đến 12 chữ số). Mã bạn được cấp chỉ dùng một lần.</translation>
    </message>
    <message>
        <source>The two PINs differ: type your new PIN twice.</source>
        <translation>Hai mã PIN khác nhau: hãy nhập mã PIN mới hai lần.</translation>
    </message>
    <message>
        <source>Save my PIN and sign in</source>
        <translation>Lưu mã PIN và đăng nhập</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>deactivated</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bị khóa</translation>
    </message>
    <message>
        <source>one-time PIN: chooses their own</source>
        <translation>PIN dùng một lần: sẽ tự chọn mã riêng</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>One-time PIN</source>
        <translation>PIN dùng một lần</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Change store</source>
        <translation>Đổi cửa hàng</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Kích hoạt lại</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>thêm người</translation>
    </message>
    <message>
        <source>Staff ID (as on the badge)</source>
        <translation>Mã nhân viên (như trên thẻ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Cửa hàng chính</translation>
    </message>
    <message>
        <source>change role</source>
        <translation>đổi vai trò</translation>
    </message>
    <message>
        <source>change store</source>
        <translation>đổi cửa hàng</translation>
    </message>
    <message>
        <source>{name} ({code}): one-time PIN {pin}. Give it to them in person: they choose their own when they first sign in.</source>
        <translation>{name} ({code}): PIN dùng một lần {pin}. Hãy đưa tận tay: họ tự chọn mã riêng khi đăng nhập lần đầu.</translation>
    </message>
    <message>
        <source>Saved: {name} ({code}).</source>
        <translation>Đã lưu: {name} ({code}).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ReturnDesk cannot start</source>
        <translation>ReturnDesk không khởi động được</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>This station</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>The store and register codes are printed in every receipt's barcode.</source>
        <translation>Mã cửa hàng và mã quầy được in trong mã vạch của mọi hóa đơn.</translation>
    </message>
    <message>
        <source>e.g. Main Street (for a new store)</source>
        <translation>ví dụ: Phố Chính (cho cửa hàng mới)</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Mã cửa hàng</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Tên cửa hàng</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Quầy</translation>
    </message>
</context>
<context>
    <name>VisitsPresenter</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>⚑ TOO LONG</source>
        <translation>⚑ CHỜ QUÁ LÂU</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>Ticket {ticket} for {name}</source>
        <translation>Số thứ tự {ticket} cho {name}</translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation>Số thứ tự {ticket}</translation>
    </message>
</context>
</TS>