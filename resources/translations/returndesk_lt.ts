<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lt">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="35" />
        <source>Returns</source>
        <translation>Grąžinimai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="36" />
        <source>Counter queue</source>
        <translation>Eilė prie kasos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="37" />
        <location filename="../../desktop/ui/shell.py" line="308" />
        <source>Overrides</source>
        <translation>Išimtys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="38" />
        <source>Service desk</source>
        <translation>Aptarnavimas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="39" />
        <source>Customers</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="40" />
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="41" />
        <source>Reference</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="42" />
        <source>Reprint</source>
        <translation>Spausdinti pakartotinai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="114" />
        <location filename="../../desktop/ui/shell.py" line="246" />
        <source>Not signed in</source>
        <translation>Neprisijungta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="161" />
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (parduotuvė {code}, kasa {register})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="163" />
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · parduotuvė {code} · kasa {register}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="166" />
        <source>Database: {database}</source>
        <translation>Duomenų bazė: {database}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>● connected</source>
        <translation>● prisijungta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="191" />
        <source>✖ database unreachable</source>
        <translation>✖ duomenų bazė nepasiekiama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="224" />
        <source>Signed in: {name} ({code}, {role})</source>
        <translation>Prisijungęs: {name} ({code}, {role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="233" />
        <source>Sign out</source>
        <translation>Atsijungti</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/ui/signin.py" line="21" />
        <location filename="../../desktop/ui/signin.py" line="61" />
        <source>Sign in with your staff ID and PIN</source>
        <translation>Prisijunkite darbuotojo kodu ir PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="24" />
        <location filename="../../desktop/ui/signin.py" line="38" />
        <source>Staff ID</source>
        <translation>Darbuotojo kodas</translation>
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
        <translation>Prisijungti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin.py" line="60" />
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Užrakinta, kol {name} nebuvo: prisijunkite ir tęskite</translation>
    </message>
</context>
</TS>