<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="35" />
        <source>Returns</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="36" />
        <source>Counter queue</source>
        <translation>Hàng chờ quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="37" />
        <location filename="../../desktop/ui/shell.py" line="308" />
        <source>Overrides</source>
        <translation>Duyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="38" />
        <source>Service desk</source>
        <translation>Dịch vụ khách hàng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="39" />
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="40" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="41" />
        <source>Reference</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="42" />
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="114" />
        <location filename="../../desktop/ui/shell.py" line="246" />
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="161" />
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (cửa hàng {code}, quầy {register})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="163" />
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · cửa hàng {code} · quầy {register}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="166" />
        <source>Database: {database}</source>
        <translation>Cơ sở dữ liệu: {database}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>● connected</source>
        <translation>● đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>✖ database unreachable</source>
        <translation>✖ không kết nối được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="224" />
        <source>Signed in: {name} ({code}, {role})</source>
        <translation>Đã đăng nhập: {name} ({code}, {role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="233" />
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/ui/signin.py" line="21" />
        <location filename="../../desktop/ui/signin.py" line="61" />
        <source>Sign in with your staff ID and PIN</source>
        <translation>Đăng nhập bằng mã nhân viên và mã PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="24" />
        <location filename="../../desktop/ui/signin.py" line="38" />
        <source>Staff ID</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="27" />
        <location filename="../../desktop/ui/signin.py" line="39" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="30" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="60" />
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Đã khóa khi {name} vắng mặt: đăng nhập để tiếp tục</translation>
    </message>
</context>
</TS>