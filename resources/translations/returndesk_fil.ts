<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="35" />
        <source>Returns</source>
        <translation>Mga balik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="36" />
        <source>Counter queue</source>
        <translation>Pila sa counter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="37" />
        <location filename="../../desktop/ui/shell.py" line="308" />
        <source>Overrides</source>
        <translation>Mga override</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="38" />
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="39" />
        <source>Customers</source>
        <translation>Mga customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="40" />
        <source>Reports</source>
        <translation>Mga ulat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="41" />
        <source>Reference</source>
        <translation>Sanggunian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="42" />
        <source>Reprint</source>
        <translation>Muling i-print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="114" />
        <location filename="../../desktop/ui/shell.py" line="246" />
        <source>Not signed in</source>
        <translation>Hindi naka-sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="161" />
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (tindahan {code}, kaha {register})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="163" />
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · tindahan {code} · kaha {register}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="166" />
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>● connected</source>
        <translation>● nakakonekta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>✖ database unreachable</source>
        <translation>✖ hindi maabot ang database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="224" />
        <source>Signed in: {name} ({code}, {role})</source>
        <translation>Naka-sign in: {name} ({code}, {role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="233" />
        <source>Sign out</source>
        <translation>Mag-sign out</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/ui/signin.py" line="21" />
        <location filename="../../desktop/ui/signin.py" line="61" />
        <source>Sign in with your staff ID and PIN</source>
        <translation>Mag-sign in gamit ang iyong staff ID at PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="24" />
        <location filename="../../desktop/ui/signin.py" line="38" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="27" />
        <location filename="../../desktop/ui/signin.py" line="39" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="30" />
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="60" />
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Naka-lock habang wala si {name}: mag-sign in para magpatuloy</translation>
    </message>
</context>
</TS>