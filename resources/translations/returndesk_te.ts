<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="te">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="35" />
        <source>Returns</source>
        <translation>రిటర్న్‌లు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="36" />
        <source>Counter queue</source>
        <translation>కౌంటర్ క్యూ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="37" />
        <location filename="../../desktop/ui/shell.py" line="308" />
        <source>Overrides</source>
        <translation>మినహాయింపులు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="38" />
        <source>Service desk</source>
        <translation>సేవా డెస్క్</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="39" />
        <source>Customers</source>
        <translation>కస్టమర్లు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="40" />
        <source>Reports</source>
        <translation>నివేదికలు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="41" />
        <source>Reference</source>
        <translation>సూచిక</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="42" />
        <source>Reprint</source>
        <translation>మళ్లీ ముద్రించు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="114" />
        <location filename="../../desktop/ui/shell.py" line="246" />
        <source>Not signed in</source>
        <translation>సైన్ ఇన్ కాలేదు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="161" />
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (స్టోర్ {code}, కౌంటర్ {register})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="163" />
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · స్టోర్ {code} · కౌంటర్ {register}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="166" />
        <source>Database: {database}</source>
        <translation>డేటాబేస్: {database}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>● connected</source>
        <translation>● కనెక్ట్ అయింది</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>✖ database unreachable</source>
        <translation>✖ డేటాబేస్ అందుబాటులో లేదు</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="224" />
        <source>Signed in: {name} ({code}, {role})</source>
        <translation>సైన్ ఇన్: {name} ({code}, {role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="233" />
        <source>Sign out</source>
        <translation>సైన్ అవుట్</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/ui/signin.py" line="21" />
        <location filename="../../desktop/ui/signin.py" line="61" />
        <source>Sign in with your staff ID and PIN</source>
        <translation>మీ సిబ్బంది ID మరియు PIN తో సైన్ ఇన్ చేయండి</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="24" />
        <location filename="../../desktop/ui/signin.py" line="38" />
        <source>Staff ID</source>
        <translation>సిబ్బంది ID</translation>
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
        <translation>సైన్ ఇన్</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="60" />
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>{name} దూరంగా ఉన్నప్పుడు లాక్ అయింది: కొనసాగడానికి సైన్ ఇన్ చేయండి</translation>
    </message>
</context>
</TS>