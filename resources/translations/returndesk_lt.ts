<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lt">
<context>
    <name />
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///path.db or postgresql+psycopg://...)</source>
        <translation>tai ne duomenų bazės adresas: {url!r} (tikimasi sqlite:///path.db arba postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation>nepalaikoma duomenų bazė {backend!r}: naudokite sqlite:/// arba postgresql+psycopg://</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: create it first, or check the database URL</source>
        <translation>aplanko {folder} nėra: pirmiausia jį sukurkite arba patikrinkite duomenų bazės URL</translation>
    </message>
    <message>
        <source>the database file {path} is damaged ({problem}): restore the latest backup (returndesk db restore FILE, docs/deploying.md)</source>
        <translation>duomenų bazės failas {path} sugadintas ({problem}): atkurkite naujausią atsarginę kopiją (returndesk db restore FILE, docs/deploying.md)</translation>
    </message>
    <message>
        <source>local file {path}</source>
        <translation>vietinis failas {path}</translation>
    </message>
    <message>
        <source>shared server {host}/{database}</source>
        <translation>bendras serveris {host}/{database}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>šis kompiuteris</translation>
    </message>
    <message>
        <source>{host}/{database}</source>
        <translation>{host}/{database}</translation>
    </message>
    <message>
        <source>the disk holding the database ({where}) is full: nothing was written; ask IT to free space, then try again</source>
        <translation>diskas, kuriame yra duomenų bazė ({where}), pilnas: nieko neįrašyta; paprašykite IT atlaisvinti vietos ir bandykite dar kartą</translation>
    </message>
    <message>
        <source>cannot reach the database {where}: {detail}</source>
        <translation>nepavyksta pasiekti duomenų bazės {where}: {detail}</translation>
    </message>
    <message>
        <source>another counter is holding the database; try again</source>
        <translation>kita kasa laiko užėmusi duomenų bazę; bandykite dar kartą</translation>
    </message>
    <message>
        <source>the database has no ReturnDesk schema yet: run `returndesk db upgrade`</source>
        <translation>duomenų bazėje dar nėra ReturnDesk schemos: paleiskite `returndesk db upgrade`</translation>
    </message>
    <message>
        <source>the database schema ({revision}) is older than this program ({head}): run `returndesk db upgrade`</source>
        <translation>duomenų bazės schema ({revision}) senesnė už šią programą ({head}): paleiskite `returndesk db upgrade`</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>pardavimo kvitas</translation>
    </message>
    <message>
        <source>return</source>
        <translation>grąžinimo kvitas</translation>
    </message>
    <message>
        <source>store-credit voucher</source>
        <translation>parduotuvės kredito kuponas</translation>
    </message>
    <message>
        <source>gift receipt</source>
        <translation>dovanų kvitas</translation>
    </message>
    <message>
        <source>store code must be 4 digits, got {store!r}</source>
        <translation>parduotuvės kodas turi būti iš 4 skaitmenų, gauta {store!r}</translation>
    </message>
    <message>
        <source>register code must be 2 digits, got {register!r}</source>
        <translation>kasos kodas turi būti iš 2 skaitmenų, gauta {register!r}</translation>
    </message>
    <message>
        <source>sequence {sequence} is outside 1..99999999</source>
        <translation>eilės numeris {sequence} nepatenka į 1..99999999</translation>
    </message>
    <message>
        <source>no code was scanned or typed</source>
        <translation>nenuskaitytas ir neįvestas joks kodas</translation>
    </message>
    <message>
        <source>a receipt code has digits only; {code!r} contains {bad!r}</source>
        <translation>kvito kodą sudaro tik skaitmenys; {code!r} yra {bad!r}</translation>
    </message>
    <message>
        <source>a receipt code has 16 digits; {code!r} has {count}</source>
        <translation>kvito kodą sudaro 16 skaitmenų; {code!r} turi {count}</translation>
    </message>
    <message>
        <source>check digit of {code} does not match (misread or mistyped code)</source>
        <translation>{code} kontrolinis skaitmuo nesutampa (kodas nuskaitytas arba įvestas klaidingai)</translation>
    </message>
    <message>
        <source>{code} is not a ReturnDesk document (kind {kind})</source>
        <translation>{code} nėra ReturnDesk dokumentas (rūšis {kind})</translation>
    </message>
    <message>
        <source>{code} has sequence 0, which is never issued</source>
        <translation>{code} eilės numeris 0, toks niekada neišduodamas</translation>
    </message>
    <message>
        <source>Returns with a receipt are accepted within {days} days of purchase, counted in the store's calendar ({timezone}).</source>
        <translation>Prekės su kvitu priimamos per {days} d. nuo pirkimo, skaičiuojant pagal parduotuvės kalendorių ({timezone}).</translation>
    </message>
    <message>
        <source>Defective items: {days} days.</source>
        <translation>Brokuotos prekės: {days} d.</translation>
    </message>
    <message>
        <source>Receipts from other stores of the chain are honoured.</source>
        <translation>Priimami kitų tinklo parduotuvių kvitai.</translation>
    </message>
    <message>
        <source>Only receipts from this store are accepted.</source>
        <translation>Priimami tik šios parduotuvės kvitai.</translation>
    </message>
    <message>
        <source>{category}: final sale, not returnable.</source>
        <translation>{category}: galutinis pardavimas, negrąžinama.</translation>
    </message>
    <message>
        <source>{category}: {days} days.</source>
        <translation>{category}: {days} d.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee when opened.</source>
        <translation>{category}: {fee} sandėliavimo mokestis, jei pakuotė atidaryta.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee, always.</source>
        <translation>{category}: {fee} sandėliavimo mokestis visada.</translation>
    </message>
    <message>
        <source>{category}: the serial number must match the receipt.</source>
        <translation>{category}: serijos numeris turi sutapti su kvitu.</translation>
    </message>
    <message>
        <source>Members of the {tier} tier get {days} extra days on every window.</source>
        <translation>Lygio {tier} nariams kiekvienas terminas ilginamas {days} d.</translation>
    </message>
    <message>
        <source>Holiday purchases from {start} to {end} can be returned until {until}.</source>
        <translation>Per šventes nuo {start} iki {end} pirktas prekes galima grąžinti iki {until}.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the lowest price of the last {days} days.</source>
        <translation>Be kvito: grąžinama parduotuvės kreditu mažiausia per paskutines {days} d. buvusia kaina.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the current price.</source>
        <translation>Be kvito: grąžinama parduotuvės kreditu dabartine kaina.</translation>
    </message>
    <message>
        <source>Without a receipt, the customer shows a photo ID.</source>
        <translation>Be kvito pirkėjas parodo asmens dokumentą su nuotrauka.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {count} returns per customer in 365 days.</source>
        <translation>Be kvito: ne daugiau kaip {count} grąžinimai vienam pirkėjui per 365 d.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {amount} per customer in 365 days.</source>
        <translation>Be kvito: ne daugiau kaip {amount} vienam pirkėjui per 365 d.</translation>
    </message>
    <message>
        <source>Returns without a receipt are not accepted.</source>
        <translation>Prekės be kvito nepriimamos.</translation>
    </message>
    <message>
        <source>Cash refunds over {amount} need a manager.</source>
        <translation>Grąžinant grynaisiais daugiau nei {amount}, reikia vadovo.</translation>
    </message>
    <message>
        <source>A manager may override: {codes}.</source>
        <translation>Vadovas gali patvirtinti išimtį: {codes}.</translation>
    </message>
    <message>
        <source>Service desk: written contacts are answered within {hours} business hours; a follow-up call {days} days after a case is solved.</source>
        <translation>Aptarnavimas: į rašytinius kreipinius atsakoma per {hours} darbo val.; paskambinama praėjus {days} d. po išsprendimo.</translation>
    </message>
    <message>
        <source>On every receipt: “{footer}”</source>
        <translation>Kiekviename kvite: „{footer}“</translation>
    </message>
    <message>
        <source>receipt printer {host}:{port} did not take the job: {error}</source>
        <translation>kvitų spausdintuvas {host}:{port} nepriėmė užduoties: {error}</translation>
    </message>
    <message>
        <source>receipt printer {path} did not take the job: {error}</source>
        <translation>kvitų spausdintuvas {path} nepriėmė užduoties: {error}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>nepavyko išsaugoti {path}: {reason}</translation>
    </message>
    <message>
        <source>printer {setting!r}: an ESC/POS printer takes ?mode=text|raster|auto and &amp;drawer=on|off</source>
        <translation>spausdintuvas {setting!r}: ESC/POS spausdintuvui tinka ?mode=text|raster|auto ir &amp;drawer=on|off</translation>
    </message>
    <message>
        <source>paper {paper!r}: expected one of {papers}</source>
        <translation>popierius {paper!r}: tikimasi vieno iš {papers}</translation>
    </message>
    <message>
        <source>printer {setting!r}: port {port} is out of range</source>
        <translation>spausdintuvas {setting!r}: prievadas {port} už ribų</translation>
    </message>
    <message>
        <source>printer {setting!r}: expected pdf, system[:NAME], escpos://HOST[:PORT] or escpos-device://PATH</source>
        <translation>spausdintuvas {setting!r}: tikimasi pdf, system[:NAME], escpos://HOST[:PORT] arba escpos-device://PATH</translation>
    </message>
    <message>
        <source>a PIN has 4 to 12 digits</source>
        <translation>PIN kodą sudaro nuo 4 iki 12 skaitmenų</translation>
    </message>
    <message>
        <source>this database does not record which PIN pepper it was set up with, so no PIN can be checked; ask IT (docs/deploying.md)</source>
        <translation>ši duomenų bazė neturi įrašo, su kuriuo PIN pipiru ji buvo sukurta, todėl jokio PIN patikrinti negalima; kreipkitės į IT (docs/deploying.md)</translation>
    </message>
    <message>
        <source>this station's PIN pepper differs from the one the database was set up with; ask IT to install the chain's pepper file (docs/deploying.md)</source>
        <translation>šios darbo vietos PIN „pipiras“ skiriasi nuo to, su kuriuo buvo sukurta duomenų bazė; paprašykite IT įdiegti tinklo pepper failą (docs/deploying.md)</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role}: this is for managers and admins</source>
        <translation>{name} ({code}) yra {role}: tai skirta vadovams ir administratoriams</translation>
    </message>
    <message>
        <source>{code} has a one-time PIN: choose your own first (`returndesk pin --staff {code}`, or sign in at a counter)</source>
        <translation>{code} turi vienkartinį PIN: pirmiausia pasirinkite savo (`returndesk pin --staff {code}` arba prisijunkite prie kasos)</translation>
    </message>
    <message>
        <source>choose a PIN that is harder to guess than {pin}</source>
        <translation>pasirinkite sunkiau atspėjamą PIN nei {pin}</translation>
    </message>
    <message>
        <source>the new PIN must differ from the one you were given</source>
        <translation>naujas PIN turi skirtis nuo jums duotojo</translation>
    </message>
    <message>
        <source>{name} ({code}) signs in once to choose their own PIN before approving anything</source>
        <translation>{name} ({code}) turi vieną kartą prisijungti ir pasirinkti savo PIN, prieš ką nors tvirtindamas</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role} and cannot approve overrides</source>
        <translation>{name} ({code}) yra {role} ir negali tvirtinti išimčių</translation>
    </message>
    <message>
        <source>a manager cannot approve an override on their own return</source>
        <translation>vadovas negali tvirtinti išimties savo paties grąžinimui</translation>
    </message>
    <message>
        <source>{name} ({code}) approves for their own store, not for store {store}</source>
        <translation>{name} ({code}) tvirtina savo parduotuvei, ne parduotuvei {store}</translation>
    </message>
    <message>
        <source>store {store_code} is not in this database (check the station's store setting)</source>
        <translation>parduotuvės {store_code} šioje duomenų bazėje nėra (patikrinkite darbo vietos parduotuvės nustatymą)</translation>
    </message>
    <message>
        <source>this database has no store yet: run `returndesk demo seed` or the first-run setup</source>
        <translation>šioje duomenų bazėje dar nėra parduotuvės: paleiskite `returndesk demo seed` arba pirmojo paleidimo sąranką</translation>
    </message>
    <message>
        <source>register {register_code} is not set up for store {store_code}</source>
        <translation>kasa {register_code} neparengta parduotuvei {store_code}</translation>
    </message>
    <message>
        <source>wrong staff ID or PIN; after {count} wrong PINs in a row an ID is locked for {minutes} minutes</source>
        <translation>neteisingas darbuotojo ID arba PIN; po {count} neteisingų PIN iš eilės ID užrakinamas {minutes} min.</translation>
    </message>
    <message>
        <source>type your staff ID</source>
        <translation>įveskite savo darbuotojo kodą</translation>
    </message>
    <message>
        <source>the customer's name, please</source>
        <translation>pirkėjo vardas, prašom</translation>
    </message>
    <message>
        <source>a phone number or an email address, so we can get back to them</source>
        <translation>telefono numeris arba el. pašto adresas, kad galėtume su jais susisiekti</translation>
    </message>
    <message>
        <source>a customer with phone {phone} exists: find them instead</source>
        <translation>pirkėjas su telefonu {phone} jau yra: suraskite jį</translation>
    </message>
    <message>
        <source>no service case {case_id}</source>
        <translation>nėra kreipinio {case_id}</translation>
    </message>
    <message>
        <source>case {number} belongs to another store</source>
        <translation>kreipinys {number} priklauso kitai parduotuvei</translation>
    </message>
    <message>
        <source>{what}: one of {choices}, not {value!r}</source>
        <translation>{what}: vienas iš {choices}, ne {value!r}</translation>
    </message>
    <message>
        <source>subject: say in a few words what the case is about</source>
        <translation>tema: keliais žodžiais, apie ką kreipinys</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {customer_code}</source>
        <translation>nėra pirkėjo su lojalumo kodu {customer_code}</translation>
    </message>
    <message>
        <source>no sale {receipt} in this database</source>
        <translation>šioje duomenų bazėje nėra pardavimo {receipt}</translation>
    </message>
    <message>
        <source>no return {code} in this database</source>
        <translation>šioje duomenų bazėje nėra grąžinimo {code}</translation>
    </message>
    <message>
        <source>no product {code}: scan the barcode on the item or type its SKU</source>
        <translation>nėra prekės {code}: nuskenuokite prekės brūkšninį kodą arba įveskite SKU</translation>
    </message>
    <message>
        <source>summary: what was said, in a sentence</source>
        <translation>santrauka: kas pasakyta, vienu sakiniu</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>minutės negali būti neigiamos</translation>
    </message>
    <message>
        <source>case {number} is {status}</source>
        <translation>kreipinio {number} būsena: {status}</translation>
    </message>
    <message>
        <source>say why the case goes up a level</source>
        <translation>nurodykite, kodėl kreipinys perduodamas aukštesniam lygiui</translation>
    </message>
    <message>
        <source>case {number} is already with the manager</source>
        <translation>kreipinys {number} jau pas vadovą</translation>
    </message>
    <message>
        <source>department: one of {departments}</source>
        <translation>skyrius: vienas iš {departments}</translation>
    </message>
    <message>
        <source>say how it was solved</source>
        <translation>nurodykite, kaip išspręsta</translation>
    </message>
    <message>
        <source>case {number} is already {status}</source>
        <translation>kreipinys {number} jau {status}</translation>
    </message>
    <message>
        <source>case {number} is {status}; follow-ups are for resolved cases</source>
        <translation>kreipinio {number} būsena: {status}; pakartotiniai skambučiai skirti išspręstiems kreipiniams</translation>
    </message>
    <message>
        <source>score: 1 (very unhappy) to 5 (very happy)</source>
        <translation>įvertinimas: nuo 1 (labai nepatenkintas) iki 5 (labai patenkintas)</translation>
    </message>
    <message>
        <source>score: 1 to 5</source>
        <translation>įvertinimas: nuo 1 iki 5</translation>
    </message>
    <message>
        <source>no return {return_id}</source>
        <translation>nėra grąžinimo {return_id}</translation>
    </message>
    <message>
        <source>no attachment {id}</source>
        <translation>nėra priedo {id}</translation>
    </message>
    <message>
        <source>{name} was removed {day}: the store keeps customers' files for a time after the case closes</source>
        <translation>{name} pašalintas {day}: parduotuvė klientų failus laiko tik tam tikrą laiką po bylos uždarymo</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone or loyalty ID</source>
        <translation>įveskite bent dvi vardo, telefono ar lojalumo kodo raides ar skaitmenis</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {code}</source>
        <translation>nėra pirkėjo su lojalumo kodu {code}</translation>
    </message>
    <message>
        <source>this customer belongs to another chain</source>
        <translation>šis pirkėjas priklauso kitam tinklui</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone, loyalty ID or receipt</source>
        <translation>įveskite bent dvi vardo, telefono, lojalumo kodo ar kvito raides ar skaitmenis</translation>
    </message>
    <message>
        <source>{used} of {most} returns, {value} of {most_value} in the last 365 days</source>
        <translation>{used} iš {most} grąžinimų, {value} iš {most_value} per paskutines 365 d.</translation>
    </message>
    <message>
        <source>no {kind} {doc} in this database (store {store}, register {register})</source>
        <translation>šioje duomenų bazėje nėra: {kind} {doc} (parduotuvė {store}, kasa {register})</translation>
    </message>
    <message>
        <source>Store-credit voucher {voucher}: balance {balance}. It is spent as a tender at the till.</source>
        <translation>Parduotuvės kredito kuponas {voucher}: likutis {balance}. Juo atsiskaitoma kasoje.</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; a gift receipt is made from a sale receipt</source>
        <translation>{doc} yra {kind}; dovanų kvitas išrašomas iš pardavimo kvito</translation>
    </message>
    <message>
        <source>no sale {doc} in this database</source>
        <translation>šioje duomenų bazėje nėra pardavimo {doc}</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a store-credit voucher</source>
        <translation>{doc} yra {kind}, ne parduotuvės kredito kuponas</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc} in this database</source>
        <translation>šioje duomenų bazėje nėra parduotuvės kredito kupono {doc}</translation>
    </message>
    <message>
        <source>The database cannot be reached: {error}. What you entered is kept; try again.</source>
        <translation>Nepavyksta pasiekti duomenų bazės: {error}. Tai, ką įvedėte, išsaugota; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. What you entered is kept; try again.</source>
        <translation>Ryšys su duomenų baze nutrūko. Tai, ką įvedėte, išsaugota; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The database refused the request. What you entered is kept; try again or call IT.</source>
        <translation>Duomenų bazė atmetė užklausą. Tai, ką įvedėte, išsaugota; bandykite dar kartą arba skambinkite IT.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). What you entered is kept; call IT if it happens again.</source>
        <translation>Kažkas nepavyko ({error}). Tai, ką įvedėte, išsaugota; jei pasikartos, skambinkite IT.</translation>
    </message>
    <message>
        <source>ReturnDesk cannot open its database: {error}. Check the network and the station's db_url (`returndesk config show`).</source>
        <translation>ReturnDesk negali atidaryti savo duomenų bazės: {error}. Patikrinkite tinklą ir darbo vietos db_url (`returndesk config show`).</translation>
    </message>
    <message>
        <source>kind: one of {kinds}</source>
        <translation>rūšis: viena iš {kinds}</translation>
    </message>
    <message>
        <source>a store credit or a discount needs an amount</source>
        <translation>parduotuvės kreditui arba nuolaidai reikia sumos</translation>
    </message>
    <message>
        <source>say what the gesture is (for example: sent flowers)</source>
        <translation>nurodykite, koks tai gestas (pavyzdžiui: nusiųstos gėlės)</translation>
    </message>
    <message>
        <source>say why the customer deserves it</source>
        <translation>nurodykite, kodėl pirkėjas to nusipelno</translation>
    </message>
    <message>
        <source>no case {case_number} at this store</source>
        <translation>šioje parduotuvėje nėra kreipinio {case_number}</translation>
    </message>
    <message>
        <source>no goodwill gesture {gesture_id}</source>
        <translation>nėra geros valios gesto {gesture_id}</translation>
    </message>
    <message>
        <source>goodwill gesture {gesture_id} was already {status}</source>
        <translation>geros valios gestas {gesture_id} jau {status}</translation>
    </message>
    <message>
        <source>this gesture belongs to another store</source>
        <translation>šis gestas priklauso kitai parduotuvei</translation>
    </message>
    <message>
        <source>{name} has given {given} of goodwill this month; this would pass the {limit} limit (ask another manager or the store manager)</source>
        <translation>{name} šį mėnesį jau skyrė {given} geros valios; taip būtų viršytas {limit} limitas (kreipkitės į kitą vadovą arba parduotuvės vadovą)</translation>
    </message>
    <message>
        <source>this return does not need a manager's override</source>
        <translation>šiam grąžinimui vadovo išimties nereikia</translation>
    </message>
    <message>
        <source>no override request {request_id}</source>
        <translation>nėra išimties prašymo {request_id}</translation>
    </message>
    <message>
        <source>say why: the reason is kept with the override</source>
        <translation>nurodykite priežastį: ji saugoma kartu su išimtimi</translation>
    </message>
    <message>
        <source>override request {request_id} belongs to another store</source>
        <translation>išimties prašymas {request_id} priklauso kitai parduotuvei</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status} by {who}</source>
        <translation>išimties prašymas {request_id} jau {status}, sprendė {who}</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status}</source>
        <translation>išimties prašymas {request_id} jau {status}</translation>
    </message>
    <message>
        <source>store {store_code} has no return policy installed: run `returndesk policy install FILE`</source>
        <translation>parduotuvėje {store_code} neįdiegta grąžinimo politika: paleiskite `returndesk policy install FILE`</translation>
    </message>
    <message>
        <source>{doc} is the receipt of a return without a sale receipt; nothing to return from it</source>
        <translation>{doc} yra grąžinimo be pardavimo kvito kvitas; pagal jį nėra ką grąžinti</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a receipt: use it as a tender</source>
        <translation>{doc} yra {kind}, ne kvitas: naudokite jį atsiskaitymui</translation>
    </message>
    <message>
        <source>a POS reference is STORE/REGISTER/TRANSACTION/YYYY-MM-DD, not {text}</source>
        <translation>POS nuoroda rašoma PARDUOTUVĖ/KASA/OPERACIJA/YYYY-MM-DD, o ne {text}</translation>
    </message>
    <message>
        <source>no sale with POS reference {ref} in this database (imported yet?)</source>
        <translation>šioje duomenų bazėje nėra pardavimo su POS nuoroda {ref} (ar jau importuotas?)</translation>
    </message>
    <message>
        <source>scan the item's barcode or type its SKU</source>
        <translation>nuskaitykite prekės brūkšninį kodą arba įveskite jos SKU</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>nėra prekės su brūkšniniu kodu arba SKU {code!r}</translation>
    </message>
    <message>
        <source>{code} is neither a ReturnDesk receipt nor a receipt of the store's POS ({layouts}): scan it again or type the digits under the barcode</source>
        <translation>{code} nėra nei ReturnDesk kvitas, nei parduotuvės POS kvitas ({layouts}): nuskaitykite dar kartą arba įveskite skaitmenis po brūkšniniu kodu</translation>
    </message>
    <message>
        <source>scan the item's barcode or type part of its name</source>
        <translation>nuskaitykite prekės brūkšninį kodą arba įveskite dalį pavadinimo</translation>
    </message>
    <message>
        <source>only a manager can change the canned answers</source>
        <translation>paruoštus atsakymus keisti gali tik vadovas</translation>
    </message>
    <message>
        <source>an answer needs a title and a text</source>
        <translation>atsakymui reikia pavadinimo ir teksto</translation>
    </message>
    <message>
        <source>no canned answer {answer_id}</source>
        <translation>nėra paruošto atsakymo {answer_id}</translation>
    </message>
    <message>
        <source>no mail server is set up for this station (smtp_host); ask IT, or print a letter</source>
        <translation>šiai darbo vietai nenustatytas pašto serveris (smtp_host); kreipkitės į IT arba atspausdinkite laišką</translation>
    </message>
    <message>
        <source>the mail server {host}:{port} did not take the reply ({error}); it is kept as a draft</source>
        <translation>pašto serveris {host}:{port} nepriėmė atsakymo ({error}); jis išsaugotas kaip juodraštis</translation>
    </message>
    <message>
        <source>template: one of {templates}</source>
        <translation>šablonas: vienas iš {templates}</translation>
    </message>
    <message>
        <source>a written reply goes by email or letter</source>
        <translation>rašytinis atsakymas siunčiamas el. paštu arba laišku</translation>
    </message>
    <message>
        <source>the customer has no email address on file: print a letter instead</source>
        <translation>pirkėjo el. pašto adreso nėra: atspausdinkite laišką</translation>
    </message>
    <message>
        <source>no reply {reply_id}</source>
        <translation>nėra atsakymo {reply_id}</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>laikotarpis baigiasi anksčiau, nei prasideda</translation>
    </message>
    <message>
        <source>a report covers at most three years</source>
        <translation>ataskaita apima ne daugiau kaip trejus metus</translation>
    </message>
    <message>
        <source>no store {store}</source>
        <translation>nėra parduotuvės {store}</translation>
    </message>
    <message>
        <source>reports are for managers: {name} is a {role}</source>
        <translation>ataskaitos skirtos vadovams: {name} yra {role}</translation>
    </message>
    <message>
        <source>report: one of {reports}</source>
        <translation>ataskaita: viena iš {reports}</translation>
    </message>
    <message>
        <source>{name} ({code}) sees the reports of their own store, not of store {store}</source>
        <translation>{name} ({code}) mato savo parduotuvės ataskaitas, ne parduotuvės {store}</translation>
    </message>
    <message>
        <source>the connection to the database was lost; nothing was refunded. Try again: the same request will not refund twice</source>
        <translation>ryšys su duomenų baze nutrūko; niekas negrąžinta. Bandykite dar kartą: ta pati užklausa negrąžins pinigų du kartus</translation>
    </message>
    <message>
        <source>receipt {doc_id} was paid in {currency}; this store refunds in {code}</source>
        <translation>kvitas {doc_id} apmokėtas {currency}; ši parduotuvė grąžina {code}</translation>
    </message>
    <message>
        <source>customer.id: no customer with loyalty ID {code}</source>
        <translation>customer.id: nėra pirkėjo su lojalumo kodu {code}</translation>
    </message>
    <message>
        <source>sale {doc_id} was voided on the till after it was rung up: nothing on it can be returned</source>
        <translation>pardavimas {doc_id} buvo anuliuotas kasoje po to, kai buvo užregistruotas: iš jo nieko negalima grąžinti</translation>
    </message>
    <message>
        <source>line {line} is sold by the piece: return a whole number, not {qty}</source>
        <translation>{line} eilutė parduodama vienetais: grąžinkite sveiką skaičių, o ne {qty}</translation>
    </message>
    <message>
        <source>idempotency_key {idempotency_key!r} was already used for a different request (return {return_id})</source>
        <translation>idempotency_key {idempotency_key!r} jau panaudotas kitai užklausai (grąžinimas {return_id})</translation>
    </message>
    <message>
        <source>override.request_id: no override request {override_request_id} at this store</source>
        <translation>override.request_id: šioje parduotuvėje nėra išimties prašymo {override_request_id}</translation>
    </message>
    <message>
        <source>override request {request} was asked for at another counter or by another clerk; only they complete it</source>
        <translation>išimties prašymas {request} pateiktas kitoje kasoje arba kito kasininko; užbaigti gali tik jis</translation>
    </message>
    <message>
        <source>override request {request} is {status}, not approved</source>
        <translation>išimties prašymo {request} būsena: {status}, nepatvirtintas</translation>
    </message>
    <message>
        <source>override request {request} was approved for a different return</source>
        <translation>išimties prašymas {request} patvirtintas kitam grąžinimui</translation>
    </message>
    <message>
        <source>override request {request} does not cover {codes}</source>
        <translation>išimties prašymas {request} neapima {codes}</translation>
    </message>
    <message>
        <source>a refund to {kind} needs the original sale</source>
        <translation>grąžinimui į {kind} reikia originalaus pardavimo</translation>
    </message>
    <message>
        <source>the sale's {kind} tenders cannot take back {left} more (already refunded)</source>
        <translation>pardavimo mokėjimai {kind} negali grąžinti dar {left} (jau grąžinta)</translation>
    </message>
    <message>
        <source>scan the item the customer takes instead</source>
        <translation>nuskaitykite prekę, kurią pirkėjas paima vietoj grąžinamos</translation>
    </message>
    <message>
        <source>quantities start at 1</source>
        <translation>kiekis prasideda nuo 1</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; an exchange is paid with the return's voucher</source>
        <translation>{doc} yra {kind}; keitimas apmokamas grąžinimo kuponu</translation>
    </message>
    <message>
        <source>the difference is paid by card or in cash</source>
        <translation>skirtumas sumokamas kortele arba grynaisiais</translation>
    </message>
    <message>
        <source>the card's last 4 digits, as printed on the slip (never the whole number)</source>
        <translation>paskutiniai 4 kortelės skaitmenys, kaip atspausdinta čekyje (niekada ne visas numeris)</translation>
    </message>
    <message>
        <source>search by the card's last 4 digits or by the loyalty ID</source>
        <translation>ieškokite pagal paskutinius 4 kortelės skaitmenis arba lojalumo ID</translation>
    </message>
    <message>
        <source>the first day comes before the last</source>
        <translation>pirmoji diena turi būti anksčiau už paskutinę</translation>
    </message>
    <message>
        <source>with a card, give the amount or dates at most {days} days apart</source>
        <translation>su kortele nurodykite sumą arba datas, tarp kurių ne daugiau kaip {days} d.</translation>
    </message>
    <message>
        <source>exports at this chain are for a signed-in manager or admin: add --staff ID (an admin turned this on with `returndesk export guard on`)</source>
        <translation>šio tinklo eksportai skirti tik prisijungusiam vadovui ar administratoriui: pridėkite --staff ID (administratorius tai įjungė komanda `returndesk export guard on`)</translation>
    </message>
    <message>
        <source>unknown export format {format} (jsonl, csv, poslog)</source>
        <translation>nežinomas eksporto formatas {format} (jsonl, csv, poslog)</translation>
    </message>
    <message>
        <source>a cursor is what the last export printed, such as r12.s3.v7, not {text}</source>
        <translation>žymeklis yra tai, ką išspausdino paskutinis eksportas, pvz., r12.s3.v7, o ne {text}</translation>
    </message>
    <message>
        <source>the POS sale's reference, so the same redemption twice burns once</source>
        <translation>POS pardavimo nuoroda, kad tas pats panaudojimas būtų nurašytas vieną kartą</translation>
    </message>
    <message>
        <source>the amount is a number such as 12.34</source>
        <translation>suma yra skaičius, pvz., 12.34</translation>
    </message>
    <message>
        <source>reference {reference} already redeemed another amount or voucher</source>
        <translation>nuoroda {reference} jau panaudota kitai sumai ar kuponui</translation>
    </message>
    <message>
        <source>voucher {voucher} has {balance} left</source>
        <translation>kupone {voucher} liko {balance}</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc}</source>
        <translation>nėra parduotuvės kredito kupono {doc}</translation>
    </message>
    <message>
        <source>the voucher is in {voucher_currency}; this store sells in {currency}</source>
        <translation>kuponas yra {voucher_currency}; ši parduotuvė parduoda {currency}</translation>
    </message>
    <message>
        <source>the new items cost {difference} more: the customer pays it by card or cash</source>
        <translation>naujos prekės brangesnės {difference}: pirkėjas primoka kortele arba grynaisiais</translation>
    </message>
    <message>
        <source>the server address is a URL such as postgresql+psycopg://user@host:5432/returndesk</source>
        <translation>serverio adresas yra URL, pavyzdžiui, postgresql+psycopg://user@host:5432/returndesk</translation>
    </message>
    <message>
        <source>store: four digits, as printed in the document IDs (e.g. 0001)</source>
        <translation>parduotuvė: keturi skaitmenys, kaip dokumentų kodų pradžioje (pvz., 0001)</translation>
    </message>
    <message>
        <source>register: two digits (e.g. 01)</source>
        <translation>kasa: du skaitmenys (pvz., 01)</translation>
    </message>
    <message>
        <source>time zone: {timezone!r} is not a known zone such as Europe/Vilnius</source>
        <translation>laiko juosta: {timezone!r} nėra žinoma juosta, pavyzdžiui, Europe/Vilnius</translation>
    </message>
    <message>
        <source>currency: {currency!r} is not an ISO currency code such as EUR</source>
        <translation>valiuta: {currency!r} nėra ISO valiutos kodas, pavyzdžiui, EUR</translation>
    </message>
    <message>
        <source>the first admin needs a staff ID and a name</source>
        <translation>pirmajam administratoriui reikia darbuotojo kodo ir vardo</translation>
    </message>
    <message>
        <source>the admin PIN has 6 to 12 digits</source>
        <translation>administratoriaus PIN sudaro nuo 6 iki 12 skaitmenų</translation>
    </message>
    <message>
        <source>the queue is busy; check the customer in again</source>
        <translation>eilė užimta; užregistruokite pirkėją dar kartą</translation>
    </message>
    <message>
        <source>no visit {visit_id} at this store</source>
        <translation>šioje parduotuvėje nėra apsilankymo {visit_id}</translation>
    </message>
    <message>
        <source>ticket {ticket} is already being served</source>
        <translation>bilietas {ticket} jau aptarnaujamas</translation>
    </message>
    <message>
        <source>no system printer {name!r}</source>
        <translation>nėra sistemos spausdintuvo {name!r}</translation>
    </message>
    <message>
        <source>this computer has no default printer</source>
        <translation>šis kompiuteris neturi numatytojo spausdintuvo</translation>
    </message>
    <message>
        <source>the printer {printer} could not start the job</source>
        <translation>spausdintuvas {printer} negalėjo pradėti užduoties</translation>
    </message>
    <message>
        <source>this database already has staff: an admin adds people with `returndesk staff add`</source>
        <translation>šioje duomenų bazėje jau yra darbuotojų: administratorius juos prideda komanda `returndesk staff add`</translation>
    </message>
    <message>
        <source>staff ID {code} is taken (deactivated people keep theirs)</source>
        <translation>darbuotojo ID {code} užimtas (išjungti darbuotojai išsaugo savo ID)</translation>
    </message>
    <message>
        <source>{email} is not a mail address</source>
        <translation>{email} nėra el. pašto adresas</translation>
    </message>
    <message>
        <source>no staff member has ID {code}</source>
        <translation>nėra darbuotojo su ID {code}</translation>
    </message>
    <message>
        <source>nobody changes their own role or store or deactivates themselves: ask another admin</source>
        <translation>niekas nekeičia savo vaidmens ar parduotuvės ir neišjungia savęs: paprašykite kito administratoriaus</translation>
    </message>
    <message>
        <source>only an admin manages managers and admins</source>
        <translation>vadovus ir administratorius tvarko tik administratorius</translation>
    </message>
    <message>
        <source>a manager manages the clerks of their own store ({store})</source>
        <translation>vadovas tvarko tik savo parduotuvės kasininkus ({store})</translation>
    </message>
    <message>
        <source>{role}s cannot manage staff: ask a manager</source>
        <translation>{role} negali tvarkyti darbuotojų: paprašykite vadovo</translation>
    </message>
    <message>
        <source>choose your own PIN first</source>
        <translation>pirmiausia pasirinkite savo PIN</translation>
    </message>
    <message>
        <source>{code} is the last active admin: make another admin first</source>
        <translation>{code} yra paskutinis aktyvus administratorius: pirmiausia paskirkite kitą</translation>
    </message>
    <message>
        <source>a role is clerk, manager or admin, not {role}</source>
        <translation>vaidmuo yra clerk, manager arba admin, o ne {role}</translation>
    </message>
    <message>
        <source>a staff ID is 1 to 16 letters or digits, as badges print it</source>
        <translation>darbuotojo ID – nuo 1 iki 16 raidžių ar skaitmenų, kaip išspausdinta kortelėje</translation>
    </message>
    <message>
        <source>a person's name, up to 120 characters</source>
        <translation>asmens vardas, iki 120 simbolių</translation>
    </message>
    <message>
        <source>store {code} is not in this database</source>
        <translation>parduotuvės {code} šioje duomenų bazėje nėra</translation>
    </message>
    <message>
        <source>only a manager or an admin changes the store's settings</source>
        <translation>parduotuvės nustatymus keičia tik vadovas arba administratorius</translation>
    </message>
    <message>
        <source>unknown store setting {key} (known: {known})</source>
        <translation>nežinomas parduotuvės nustatymas {key} (žinomi: {known})</translation>
    </message>
    <message>
        <source>a manager changes their own store's settings ({store})</source>
        <translation>vadovas keičia tik savo parduotuvės nustatymus ({store})</translation>
    </message>
    <message>
        <source>store {store} has sales: its currency stays {currency}</source>
        <translation>parduotuvė {store} jau turi pardavimų: valiuta lieka {currency}</translation>
    </message>
    <message>
        <source>{key}: text</source>
        <translation>{key}: tekstas</translation>
    </message>
    <message>
        <source>{key}: at most {length} characters</source>
        <translation>{key}: ne daugiau kaip {length} simbolių</translation>
    </message>
    <message>
        <source>{key}: at most {lines} lines of {length} characters</source>
        <translation>{key}: ne daugiau kaip {lines} eilučių po {length} simbolių</translation>
    </message>
    <message>
        <source>locale: {value!r} is not a language and country such as vi_VN</source>
        <translation>locale: {value!r} nėra kalba ir šalis, pvz., vi_VN</translation>
    </message>
    <message>
        <source>timezone: {value!r} is not a time zone such as Asia/Ho_Chi_Minh</source>
        <translation>timezone: {value!r} nėra laiko juosta, pvz., Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>currency: {value!r} is not an ISO currency code such as VND</source>
        <translation>currency: {value!r} nėra ISO valiutos kodas, pvz., VND</translation>
    </message>
    <message>
        <source>logo: a PNG image</source>
        <translation>logo: PNG paveikslėlis</translation>
    </message>
    <message>
        <source>logo: at most {size} KB</source>
        <translation>logo: ne daugiau kaip {size} KB</translation>
    </message>
    <message>
        <source>logo: the PNG is damaged</source>
        <translation>logo: PNG sugadintas</translation>
    </message>
    <message>
        <source>the store's policy cannot be written in {currency}: {problem}. Install a policy written in {currency} first (`returndesk policy install FILE`)</source>
        <translation>parduotuvės taisyklių negalima parašyti valiuta {currency}: {problem}. Pirmiausia įdiekite taisykles valiuta {currency} (`returndesk policy install FILE`)</translation>
    </message>
    <message>
        <source>--paper: expected one of {papers}</source>
        <translation>--paper: turi būti vienas iš {papers}</translation>
    </message>
    <message>
        <source>a {role} may not do this: ask a manager</source>
        <translation>{role} negali to daryti: kreipkitės į vadovą</translation>
    </message>
    <message>
        <source>{command} has no handler</source>
        <translation>{command} neturi vykdytojo</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: turi būti tekstas</translation>
    </message>
    <message>
        <source>{field}: contains a control character (a NUL byte, an escape...)</source>
        <translation>{field}: yra valdymo simbolis (NUL baitas, escape...)</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {length}</source>
        <translation>{field}: daugiausia {limit} simbolių, ne {length}</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: privaloma</translation>
    </message>
    <message>
        <source>{what}: larger than {limit} MB</source>
        <translation>{what}: didesnis nei {limit} MB</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text (byte {position}): save it as UTF-8</source>
        <translation>{what} nėra UTF-8 tekstas ({position} baitas): išsaugokite kaip UTF-8</translation>
    </message>
    <message>
        <source>{what} is nested {depth} levels deep; at most {limit}</source>
        <translation>{what} įdėtas {depth} lygių gyliu; daugiausia {limit}</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: {reason} at line {line}</source>
        <translation>{what} nėra tinkamas JSON: {reason}, eilutė {line}</translation>
    </message>
    <message>
        <source>no notification {id}</source>
        <translation>nėra pranešimo {id}</translation>
    </message>
    <message>
        <source>return window (days)</source>
        <translation>grąžinimo terminas (dienos)</translation>
    </message>
    <message>
        <source>window for defective items (days)</source>
        <translation>terminas brokuotoms prekėms (dienos)</translation>
    </message>
    <message>
        <source>restocking fee (%)</source>
        <translation>sandėliavimo mokestis (%)</translation>
    </message>
    <message>
        <source>restocking fee charged</source>
        <translation>kada imamas sandėliavimo mokestis</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>galutinis pardavimas</translation>
    </message>
    <message>
        <source>extra days</source>
        <translation>papildomos dienos</translation>
    </message>
    <message>
        <source>cash refund limit</source>
        <translation>grynųjų grąžinimo riba</translation>
    </message>
    <message>
        <source>returns without a receipt per year</source>
        <translation>grąžinimai be čekio per metus</translation>
    </message>
    <message>
        <source>value without a receipt per year</source>
        <translation>vertė be čekio per metus</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>reikia asmens dokumento su nuotrauka</translation>
    </message>
    <message>
        <source>refunded as</source>
        <translation>grąžinama kaip</translation>
    </message>
    <message>
        <source>price look-back (days)</source>
        <translation>kainos peržiūra (dienos)</translation>
    </message>
    <message>
        <source>returns from other stores</source>
        <translation>grąžinimai iš kitų parduotuvių</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>leidžiama</translation>
    </message>
    <message>
        <source>from</source>
        <translation>nuo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>returnable until</source>
        <translation>galima grąžinti iki</translation>
    </message>
    <message>
        <source>price without a receipt</source>
        <translation>kaina be čekio</translation>
    </message>
    <message>
        <source>reminders every (minutes)</source>
        <translation>priminimai kas (minutės)</translation>
    </message>
    <message>
        <source>follow-up call after (days)</source>
        <translation>skambutis po (dienų)</translation>
    </message>
    <message>
        <source>first answer within (business hours)</source>
        <translation>pirmas atsakymas per (darbo valandas)</translation>
    </message>
    <message>
        <source>solved within (business hours)</source>
        <translation>išspręsta per (darbo valandas)</translation>
    </message>
    <message>
        <source>customers' files kept after closing (days)</source>
        <translation>klientų failai laikomi po uždarymo (dienos)</translation>
    </message>
    <message>
        <source>alerts kept after taken (days)</source>
        <translation>įspėjimai laikomi po priėmimo (dienos)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>loyalty tier</source>
        <translation>lojalumo lygis</translation>
    </message>
    <message>
        <source>holiday returns</source>
        <translation>šventinis grąžinimas</translation>
    </message>
    <message>
        <source>without a receipt</source>
        <translation>be čekio</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>grąžinimai pinigais</translation>
    </message>
    <message>
        <source>manager overrides</source>
        <translation>vadovo leidimai</translation>
    </message>
    <message>
        <source>service desk</source>
        <translation>aptarnavimo skyrius</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>ataskaitos</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>geros valios gestai</translation>
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
        <translation>nėra</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>{what}: {before} -&gt; {after}</source>
        <translation>{what}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>no policy {id}</source>
        <translation>nėra taisyklių {id}</translation>
    </message>
    <message>
        <source>scorecards are signed off by managers: {name} is a {role}</source>
        <translation>vertinimus tvirtina vadovai: {name} yra {role}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>laikotarpis baigiasi anksčiau nei prasideda</translation>
    </message>
    <message>
        <source>no staff member {code}</source>
        <translation>nėra darbuotojo {code}</translation>
    </message>
    <message>
        <source>a scorecard is signed off by someone else than its owner</source>
        <translation>vertinimą tvirtina kitas asmuo, ne pats vertinamasis</translation>
    </message>
    <message>
        <source>{name} ({code}) reviews the people of their own store</source>
        <translation>{name} ({code}) vertina tik savo parduotuvės darbuotojus</translation>
    </message>
    <message>
        <source>this scorecard is already signed off</source>
        <translation>šis vertinimas jau patvirtintas</translation>
    </message>
    <message>
        <source>this register has no offline copy yet (it is made while the shared database answers): nothing was refunded. Try again when the connection is back</source>
        <translation>šis kasos aparatas dar neturi neprisijungusios kopijos (ji sukuriama, kol bendra duomenų bazė atsako): nieko negrąžinta. Bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>the shared database cannot be reached and this store's policy takes no returns offline: nothing was refunded. Try again when the connection is back</source>
        <translation>bendra duomenų bazė nepasiekiama, o šios parduotuvės taisyklės neleidžia priimti grąžinimų neprisijungus: nieko negrąžinta. Bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>a receipt from another store needs the shared database: nothing was refunded. Try again when the connection is back</source>
        <translation>kitos parduotuvės kvitui reikia bendros duomenų bazės: nieko negrąžinta. Bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>a refund to {tender} needs the shared database: refund it as store credit, or try again when the connection is back</source>
        <translation>grąžinimui į {tender} reikia bendros duomenų bazės: grąžinkite kaip parduotuvės kreditą arba bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>this register holds no offline allowance (it is granted while online): nothing was refunded. Try again when the connection is back</source>
        <translation>šis kasos aparatas neturi neprisijungusio limito (jis suteikiamas prisijungus): nieko negrąžinta. Bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>{refund} is more than this register may refund offline ({left} left of {granted}): nothing was refunded. Try again when the connection is back</source>
        <translation>{refund} yra daugiau, nei šis kasos aparatas gali grąžinti neprisijungęs (liko {left} iš {granted}): nieko negrąžinta. Bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>a return without a receipt needs the shared database (its limits count every store's returns): nothing was refunded. Try again when the connection is back</source>
        <translation>grąžinimui be kvito reikia bendros duomenų bazės (jo limitai skaičiuoja visų parduotuvių grąžinimus): nieko negrąžinta. Bandykite dar kartą, kai ryšys atsiras</translation>
    </message>
    <message>
        <source>the offline journal of this register was changed after entry {seq} was written: nothing was synced. Call IT; the journal is kept as it is</source>
        <translation>šio kasos aparato neprisijungusio žurnalo įrašas {seq} buvo pakeistas po to, kai buvo įrašytas: niekas nesinchronizuota. Skambinkite IT; žurnalas paliekamas toks, koks yra</translation>
    </message>
    <message>
        <source>offline conflicts are settled by a manager: {name} is a {role}</source>
        <translation>neprisijungus kilusius konfliktus sprendžia vadovas: {name} yra {role}</translation>
    </message>
    <message>
        <source>no offline conflict {id} at this store</source>
        <translation>šioje parduotuvėje nėra neprisijungus kilusio konflikto {id}</translation>
    </message>
    <message>
        <source>offline conflict {id} is already settled</source>
        <translation>neprisijungus kilęs konfliktas {id} jau išspręstas</translation>
    </message>
    <message>
        <source>store {store}: a store code has 4 digits</source>
        <translation>parduotuvė {store}: parduotuvės kodas turi 4 skaitmenis</translation>
    </message>
    <message>
        <source>{what} must be a PostgreSQL database: a chain replicates with PostgreSQL's logical replication</source>
        <translation>{what} turi būti PostgreSQL duomenų bazė: tinklas replikuojamas PostgreSQL loginės replikacijos būdu</translation>
    </message>
    <message>
        <source>HQ has no store {store}</source>
        <translation>būstinė neturi parduotuvės {store}</translation>
    </message>
    <message>
        <source>receipt {doc} is from store {store}, and HQ's database, where other stores' receipts are found, cannot be reached: try again in a moment, or take the return without a receipt</source>
        <translation>kvitas {doc} yra iš parduotuvės {store}, o būstinės duomenų bazė, kurioje ieškoma kitų parduotuvių kvitų, nepasiekiama: bandykite po akimirkos arba priimkite grąžinimą be kvito</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Pirmasis administratorius</translation>
    </message>
    <message>
        <source>Needed when the database has no staff yet; staff of an existing database sign in with their own ID and PIN.</source>
        <translation>Reikia, kai duomenų bazėje dar nėra darbuotojų; esamos duomenų bazės darbuotojai jungiasi savo kodu ir PIN.</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Darbuotojo kodas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>PIN (6 to 12 digits)</source>
        <translation>PIN (nuo 6 iki 12 skaitmenų)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN dar kartą</translation>
    </message>
</context>
<context>
    <name>CasePresenter</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} iš {total}</translation>
    </message>
    <message>
        <source>{what} due {when}</source>
        <translation>{what} terminas {when}</translation>
    </message>
    <message>
        <source>no target running</source>
        <translation>terminas neskaičiuojamas</translation>
    </message>
    <message>
        <source>with {department}</source>
        <translation>skyriuje {department}</translation>
    </message>
    <message>
        <source>Case {number}: {subject}</source>
        <translation>Kreipinys {number}: {subject}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Pirkėjas: {customer}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Atsakingas: {owner}</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>Kvitas {receipt}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>eilutė {line}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>serija {serial}</translation>
    </message>
    <message>
        <source>Item: {product}</source>
        <translation>Prekė: {product}</translation>
    </message>
    <message>
        <source>Return {code}</source>
        <translation>Grąžinimas {code}</translation>
    </message>
    <message>
        <source>Follow-up call due {day}</source>
        <translation>Pakartotinis skambutis {day}</translation>
    </message>
    <message>
        <source>Solved on first contact</source>
        <translation>Išspręsta per pirmą kontaktą</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (pašalinta)</translation>
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
        <translation>{minutes} min.</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>⚑ OVERDUE</source>
        <translation>⚑ PAVĖLUOTA</translation>
    </message>
    <message>
        <source>◷ due soon</source>
        <translation>◷ netrukus terminas</translation>
    </message>
    <message>
        <source>{what} due</source>
        <translation>{what} terminas</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>new</source>
        <translation>nauja</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>atidaryta</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>brokuota</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>sugadinta</translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation>persigalvojo</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>netinkamas dydis</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>neatitinka aprašymo</translation>
    </message>
    <message>
        <source>arrived damaged</source>
        <translation>atvyko sugadinta</translation>
    </message>
    <message>
        <source>unwanted gift</source>
        <translation>nereikalinga dovana</translation>
    </message>
    <message>
        <source>better price elsewhere</source>
        <translation>kitur pigiau</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kita</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kortelė</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>dovanų kortelė</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>parduotuvės kreditas</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>grynieji</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>vairuotojo pažymėjimas</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>pasas</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>asmens tapatybės kortelė</translation>
    </message>
    <message>
        <source>window expired</source>
        <translation>pasibaigęs terminas</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>galutinis pardavimas</translation>
    </message>
    <message>
        <source>more than is left to return</source>
        <translation>daugiau, nei liko grąžinti</translation>
    </message>
    <message>
        <source>not on the receipt</source>
        <translation>nėra kvite</translation>
    </message>
    <message>
        <source>serial number differs</source>
        <translation>nesutampa serijos numeris</translation>
    </message>
    <message>
        <source>restocking fee</source>
        <translation>sandėliavimo mokestis</translation>
    </message>
    <message>
        <source>receipt from another store</source>
        <translation>kitos parduotuvės kvitas</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>be kvito</translation>
    </message>
    <message>
        <source>no-receipt returns not accepted</source>
        <translation>grąžinimai be kvito nepriimami</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>reikia dokumento su nuotrauka</translation>
    </message>
    <message>
        <source>no-receipt limit reached</source>
        <translation>pasiektas grąžinimų be kvito limitas</translation>
    </message>
    <message>
        <source>cash over the drawer limit</source>
        <translation>grynųjų daugiau nei stalčiaus limitas</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>patvirtinti</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>atmesti</translation>
    </message>
    <message>
        <source>needs a manager</source>
        <translation>reikia vadovo</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>užbaigta</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>atmesta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>laukia</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>patvirtinta</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>atmesta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atšaukta</translation>
    </message>
    <message>
        <source>used</source>
        <translation>panaudota</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>nuolaida</translation>
    </message>
    <message>
        <source>courtesy item</source>
        <translation>atsiprašymo dovana</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>techninė pagalba</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>skundas</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>užklausa</translation>
    </message>
    <message>
        <source>repair or warranty</source>
        <translation>remontas arba garantija</translation>
    </message>
    <message>
        <source>open</source>
        <translation>atviras</translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <translation>laukia pirkėjo</translation>
    </message>
    <message>
        <source>waiting on a department</source>
        <translation>laukia skyriaus</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>išspręstas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>uždarytas</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>skubus</translation>
    </message>
    <message>
        <source>high</source>
        <translation>aukštas</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>įprastas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>žemas</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>atvyko į parduotuvę</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonu</translation>
    </message>
    <message>
        <source>email</source>
        <translation>el. paštu</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>laišku</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>iš pirkėjo</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>pirkėjui</translation>
    </message>
    <message>
        <source>service</source>
        <translation>aptarnavimas</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>sandėlis</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>apskaita</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>kasa</translation>
    </message>
    <message>
        <source>senior staff</source>
        <translation>vyresnieji darbuotojai</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vadovas</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>pirmasis atsakymas</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>išsprendimas</translation>
    </message>
    <message>
        <source>acknowledge the case</source>
        <translation>patvirtinti kreipinio gavimą</translation>
    </message>
    <message>
        <source>ask for more information</source>
        <translation>paprašyti daugiau informacijos</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>kasininkas</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratorius</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>auksinis</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>sidabrinis</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>platininis</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>į pradinį mokėjimo būdą</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pirkėjas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Laukia nuo</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Kasininkas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Reikia</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Grąžinama</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prekė</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Liko</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Grąžinti</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Būklė</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serija</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Parduota</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Darbuotojo ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Parduotuvė</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
</context>
<context>
    <name>CounterQueueScreen</name>
    <message>
        <source>Counter queue</source>
        <translation>Eilė prie kasos</translation>
    </message>
    <message>
        <source>Customer's name (optional), then Enter</source>
        <translation>Pirkėjo vardas (nebūtina), tada Enter</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registruoti</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Laukiantys klientai</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>bilietas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>laukia</translation>
    </message>
    <message>
        <source>served by</source>
        <translation>aptarnauja</translation>
    </message>
    <message>
        <source>Serve next / selected</source>
        <translation>Aptarnauti kitą / pasirinktą</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Išėjo</translation>
    </message>
    <message>
        <source>Type the customer's name first, or press Check in for a ticket without one.</source>
        <translation>Pirmiausia įrašykite pirkėjo vardą arba paspauskite „Registruoti“, kad gautumėte bilietą be vardo.</translation>
    </message>
</context>
<context>
    <name>CustomerPresenter</name>
    <message>
        <source>no scores yet</source>
        <translation>dar nėra įvertinimų</translation>
    </message>
    <message>
        <source>{tier} member</source>
        <translation>{tier} narys</translation>
    </message>
    <message>
        <source>satisfaction {average} (scores: {count})</source>
        <translation>pasitenkinimas {average} (įvertinimų: {count})</translation>
    </message>
    <message>
        <source>Purchases: {purchases} · Returns: {returns} · {scores}</source>
        <translation>Pirkinių: {purchases} · Grąžinimų: {returns} · {scores}</translation>
    </message>
    <message>
        <source>Without a receipt: {history}</source>
        <translation>Be kvito: {history}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Purchases ({count})</source>
        <translation>Pirkiniai ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Grąžinimai ({count})</translation>
    </message>
    <message>
        <source>Service cases ({count})</source>
        <translation>Aptarnavimo kreipiniai ({count})</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customers</source>
        <translation>Pirkėjai</translation>
    </message>
    <message>
        <source>Receipt, loyalty ID, phone or name</source>
        <translation>Kvitas, lojalumo kodas, telefonas arba vardas</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Rasti klientai</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>Suraskite pirkėją, kad matytumėte jo istoriją.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>kvitas</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>store</source>
        <translation>parduotuvė</translation>
    </message>
    <message>
        <source>total</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>eilutės</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>grąžinta</translation>
    </message>
    <message>
        <source>return</source>
        <translation>grąžinimas</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>grąžinta</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>priežastys</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>patvirtino</translation>
    </message>
    <message>
        <source>case</source>
        <translation>kreipinys</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>status</source>
        <translation>būsena</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>atidarytas</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pirkiniai</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Grąžinimai</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>Aptarnavimo kreipiniai</translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation>Geros valios gestas</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuoti istoriją</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Pirkėjas nerastas.</translation>
    </message>
    <message>
        <source>Amount: {error}</source>
        <translation>Suma: {error}</translation>
    </message>
    <message>
        <source>Goodwill request {id} sent: a manager approves it on the Overrides screen.</source>
        <translation>Geros valios prašymas {id} išsiųstas: vadovas jį patvirtina ekrane „Išimtys“.</translation>
    </message>
    <message>
        <source>goodwill gesture</source>
        <translation>geros valios gestas</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Gestas</translation>
    </message>
    <message>
        <source>Amount (credit, discount)</source>
        <translation>Suma (kreditas, nuolaida)</translation>
    </message>
    <message>
        <source>What (courtesy item, other)</source>
        <translation>Kas (dovana, kita)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>Export the customer's history</source>
        <translation>Eksportuoti pirkėjo istoriją</translation>
    </message>
    <message>
        <source>Exported to {saved} (recorded in the audit log).</source>
        <translation>Eksportuota į {saved} (įrašyta audito žurnale).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where does this station keep its data?</source>
        <translation>Kur ši darbo vieta laiko duomenis?</translation>
    </message>
    <message>
        <source>On this computer only (a local database; nothing to set up)</source>
        <translation>Tik šiame kompiuteryje (vietinė duomenų bazė; nieko nereikia nustatyti)</translation>
    </message>
    <message>
        <source>On the store's shared server (PostgreSQL): several counters, one database</source>
        <translation>Bendrame parduotuvės serveryje (PostgreSQL): kelios kasos, viena duomenų bazė</translation>
    </message>
    <message>
        <source>A demo store to try ReturnDesk (sample receipts and staff)</source>
        <translation>Parduotuvė demonstracijai, išbandyti ReturnDesk (pavyzdiniai kvitai ir darbuotojai)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</source>
        <translation>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</translation>
    </message>
    <message>
        <source>password (kept in a file only you can read)</source>
        <translation>slaptažodis (saugomas faile, kurį galite skaityti tik jūs)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Patikrinti ryšį</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveris</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <source>no stores yet</source>
        <translation>dar nėra parduotuvių</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>schema {revision}</translation>
    </message>
    <message>
        <source>an empty database</source>
        <translation>tuščia duomenų bazė</translation>
    </message>
    <message>
        <source>Connected to {server}: {schema}; {stores}.</source>
        <translation>Prisijungta prie {server}: {schema}; {stores}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>ReturnDesk: exchange</source>
        <translation>ReturnDesk: keitimas</translation>
    </message>
    <message>
        <source>Scan the new item</source>
        <translation>Nuskaitykite naują prekę</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>nėra ką primokėti</translation>
    </message>
    <message>
        <source>card's last 4 digits</source>
        <translation>paskutiniai 4 kortelės skaitmenys</translation>
    </message>
    <message>
        <source>Complete the exchange</source>
        <translation>Užbaigti keitimą</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Difference paid by</source>
        <translation>Skirtumą moka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortelė</translation>
    </message>
    <message>
        <source>Store credit from this return: voucher {voucher}</source>
        <translation>Parduotuvės kreditas iš šio grąžinimo: kuponas {voucher}</translation>
    </message>
    <message>
        <source>Credit available: {amount}.</source>
        <translation>Turimas kreditas: {amount}.</translation>
    </message>
    <message>
        <source>New items {total}; the voucher pays {voucher}; the customer pays {difference}.</source>
        <translation>Naujos prekės {total}; kuponas apmoka {voucher}; pirkėjas primoka {difference}.</translation>
    </message>
    <message>
        <source>New items {total}, paid by the voucher; {left} stays on the voucher.</source>
        <translation>Naujos prekės {total}, apmokėta kuponu; kupone lieka {left}.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Very unhappy</source>
        <translation>Labai nepatenkintas</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Nepatenkintas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Patenkintas</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Labai patenkintas</translation>
    </message>
    <message>
        <source>ReturnDesk: how did we do?</source>
        <translation>ReturnDesk: kaip mums sekėsi?</translation>
    </message>
    <message>
        <source>How did we do today?</source>
        <translation>Kaip mums šiandien sekėsi?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Ką norėtumėte mums pasakyti (nebūtina)</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Ne, ačiū</translation>
    </message>
</context>
<context>
    <name>FindSaleDialog</name>
    <message>
        <source>ReturnDesk: find the sale</source>
        <translation>ReturnDesk: rasti pardavimą</translation>
    </message>
    <message>
        <source>POS store</source>
        <translation>POS parduotuvė</translation>
    </message>
    <message>
        <source>POS register</source>
        <translation>POS kasa</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Operacija</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Darbo diena</translation>
    </message>
    <message>
        <source>last 4 digits</source>
        <translation>paskutiniai 4 skaitmenys</translation>
    </message>
    <message>
        <source>Visa, Mastercard… (optional)</source>
        <translation>Visa, Mastercard… (nebūtina)</translation>
    </message>
    <message>
        <source>total paid (optional)</source>
        <translation>sumokėta suma (nebūtina)</translation>
    </message>
    <message>
        <source>C…</source>
        <translation>C…</translation>
    </message>
    <message>
        <source>Card's last 4 digits</source>
        <translation>Paskutiniai 4 kortelės skaitmenys</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kortelės tipas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>Lojalumo ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>The POS receipt's number</source>
        <translation>POS kvito numeris</translation>
    </message>
    <message>
        <source>No receipt: the card or the loyalty ID</source>
        <translation>Be kvito: kortelė arba lojalumo ID</translation>
    </message>
    <message>
        <source>Sales found</source>
        <translation>Rasti pardavimai</translation>
    </message>
    <message>
        <source>Find  (Enter)</source>
        <translation>Ieškoti  (Enter)</translation>
    </message>
    <message>
        <source>Open this sale</source>
        <translation>Atidaryti šį pardavimą</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Atšaukti  (Esc)</translation>
    </message>
    <message>
        <source>Looking up {ref}…</source>
        <translation>Ieškoma {ref}…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ieškoma…</translation>
    </message>
    <message>
        <source>store {store}</source>
        <translation>parduotuvė {store}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>prekių: {count}</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 prekė</translation>
    </message>
    <message>
        <source>{count} sales found: pick one with the arrows and press Enter.</source>
        <translation>Rasta pardavimų: {count}. Pasirinkite rodyklėmis ir paspauskite Enter.</translation>
    </message>
    <message>
        <source>1 sale found: press Enter to open it.</source>
        <translation>Rastas 1 pardavimas: paspauskite Enter, kad atidarytumėte.</translation>
    </message>
    <message>
        <source>No sale matches. Check the dates, or ask for the receipt.</source>
        <translation>Neatitinka joks pardavimas. Patikrinkite datas arba paprašykite kvito.</translation>
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
        <translation>ReturnDesk: vadovo išimtis</translation>
    </message>
    <message>
        <source>A manager must approve: {codes}.</source>
        <translation>Vadovas turi patvirtinti: {codes}.</translation>
    </message>
    <message>
        <source>Manager staff ID</source>
        <translation>Vadovo darbuotojo kodas</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>Vadovo kodas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>the manager's staff ID</source>
        <translation>vadovo darbuotojo ID</translation>
    </message>
    <message>
        <source>their PIN</source>
        <translation>jo PIN</translation>
    </message>
    <message>
        <source>why</source>
        <translation>priežastis</translation>
    </message>
    <message>
        <source>Still needed: {what}.</source>
        <translation>Dar trūksta: {what}.</translation>
    </message>
    <message>
        <source>Refused by {decided_by}: {decision_reason}</source>
        <translation>Atmetė {decided_by}: {decision_reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns</source>
        <translation>Grąžinimai</translation>
    </message>
    <message>
        <source>Counter queue</source>
        <translation>Eilė prie kasos</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Išimtys</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Aptarnavimas</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Spausdinti pakartotinai</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Parduotuvės nustatymai</translation>
    </message>
    <message>
        <source>☰ Screens</source>
        <translation>☰ Ekranai</translation>
    </message>
    <message>
        <source>Show the list of screens</source>
        <translation>Rodyti ekranų sąrašą</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Langai</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Neprisijungta</translation>
    </message>
    <message>
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (parduotuvė {code}, kasa {register})</translation>
    </message>
    <message>
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · parduotuvė {code} · kasa {register}</translation>
    </message>
    <message>
        <source>store {code} · register {register}</source>
        <translation>parduotuvė {code} · kasa {register}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Duomenų bazė: {database}</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. This register goes on OFFLINE: returns with a receipt from this store, refunded as store credit or cash within the register's offline allowance. They are sent to the shared database as soon as it answers. Other screens wait for the connection.</source>
        <translation>Bendra duomenų bazė nepasiekiama. Šis kasos aparatas dirba NEPRISIJUNGĘS: grąžinimai su šios parduotuvės kvitu, grąžinami kaip parduotuvės kreditas arba grynaisiais neviršijant kasos aparato neprisijungusio limito. Jie bus išsiųsti į bendrą duomenų bazę, kai tik ji atsakys. Kiti ekranai laukia ryšio.</translation>
    </message>
    <message>
        <source>Back online: {count} offline returns sent to the shared database.</source>
        <translation>Vėl prisijungta: {count} neprisijungus atlikti grąžinimai išsiųsti į bendrą duomenų bazę.</translation>
    </message>
    <message>
        <source>{count} of their lines were also returned at another register while offline: a manager settles them (Reports, Offline conflicts).</source>
        <translation>{count} jų eilučių neprisijungus buvo grąžintos ir kitame kasos aparate: vadovas tai sutvarkys (Ataskaitos, Neprisijungusių grąžinimų konfliktai).</translation>
    </message>
    <message>
        <source>✖ OFFLINE · {count} to send</source>
        <translation>✖ NEPRISIJUNGTA · {count} laukia siuntimo</translation>
    </message>
    <message>
        <source>● connected · {count} to send</source>
        <translation>● prisijungta · {count} laukia siuntimo</translation>
    </message>
    <message>
        <source>ticket {ticket} ({name}), {minutes} min</source>
        <translation>bilietas {ticket} ({name}), {minutes} min.</translation>
    </message>
    <message>
        <source>ticket {ticket}, {minutes} min</source>
        <translation>bilietas {ticket}, {minutes} min.</translation>
    </message>
    <message>
        <source>⚑ Waiting too long at the counter: {waiting}</source>
        <translation>⚑ Per ilgai laukia prie kasos: {waiting}</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● prisijungta</translation>
    </message>
    <message>
        <source>✖ database unreachable</source>
        <translation>✖ duomenų bazė nepasiekiama</translation>
    </message>
    <message>
        <source>Document {doc_id} did not print: {message}. The return is saved; reprint it from the Reprint screen when the printer is back.</source>
        <translation>Dokumentas {doc_id} neatspausdintas: {message}. Grąžinimas išsaugotas; atspausdinkite jį ekrane „Spausdinti pakartotinai“, kai spausdintuvas vėl veiks.</translation>
    </message>
    <message>
        <source>{name} ({code}, {role})</source>
        <translation>{name} ({code}, {role})</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt.</source>
        <translation>{code} nėra kvito kodas (16 skaitmenų su kontroliniu skaitmeniu). Nuskaitykite brūkšninį kodą kvito apačioje.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Atsijungti</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Alerts</source>
        <translation>Įspėjimai</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Imtis</translation>
    </message>
    <message>
        <source>I answer for it: the reminders stop</source>
        <translation>Atsakau aš: priminimai sustoja</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Atidaryti bylą</translation>
    </message>
    <message>
        <source>⚑ Case {number} was escalated to your level: {subject}</source>
        <translation>⚑ Byla {number} perduota jūsų lygiui: {subject}</translation>
    </message>
    <message>
        <source>◷ Case {number} is about to miss its target: {subject}</source>
        <translation>◷ Byla {number} netrukus viršys terminą: {subject}</translation>
    </message>
    <message>
        <source>⚑ Case {number} is overdue: {subject}</source>
        <translation>⚑ Byla {number} vėluoja: {subject}</translation>
    </message>
    <message>
        <source>☎ Case {number}: the follow-up call is due: {subject}</source>
        <translation>☎ Byla {number}: laikas paskambinti klientui: {subject}</translation>
    </message>
    <message>
        <source>✉ Case {number}: the customer wrote: {subject}</source>
        <translation>✉ Byla {number}: klientas parašė: {subject}</translation>
    </message>
    <message>
        <source>(and {count} more on the Service desk)</source>
        <translation>(ir dar {count} klientų aptarnavime)</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Approve</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Needs manager</source>
        <translation>Reikia vadovo</translation>
    </message>
    <message>
        <source>Photo ID needed</source>
        <translation>Reikia asmens dokumento su nuotrauka</translation>
    </message>
</context>
<context>
    <name>OverrideQueueScreen</name>
    <message>
        <source>No requests are waiting.</source>
        <translation>Laukiančių prašymų nėra.</translation>
    </message>
    <message>
        <source>Pick a request to see the case.</source>
        <translation>Pasirinkite prašymą, kad matytumėte jo aplinkybes.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Jūsų PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Goodwill gestures asked for</source>
        <translation>Prašomi geros valios gestai</translation>
    </message>
    <message>
        <source>Approve gesture</source>
        <translation>Patvirtinti gestą</translation>
    </message>
    <message>
        <source>Refuse gesture</source>
        <translation>Atmesti gestą</translation>
    </message>
    <message>
        <source>Override queue</source>
        <translation>Išimčių eilė</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>Vadovo kodas</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Laukiantys prašymai</translation>
    </message>
    <message>
        <source>Goodwill gestures waiting</source>
        <translation>Laukiantys geros valios gestai</translation>
    </message>
    <message>
        <source>Say why you approve: the reason goes in the audit log.</source>
        <translation>Nurodykite, kodėl patvirtinate: priežastis įrašoma į audito žurnalą.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}: voucher {voucher} printing.</source>
        <translation>Gestas {id} {status}: spausdinamas kuponas {voucher}.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}.</source>
        <translation>Gestas {id} {status}.</translation>
    </message>
    <message>
        <source>Request {id} {status}.</source>
        <translation>Prašymas {id} {status}.</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Loyal customer</source>
        <translation>Lojalus pirkėjas</translation>
    </message>
    <message>
        <source>Item clearly unused</source>
        <translation>Prekė akivaizdžiai nenaudota</translation>
    </message>
    <message>
        <source>Store error at the sale</source>
        <translation>Parduotuvės klaida parduodant</translation>
    </message>
    <message>
        <source>Manufacturer defect</source>
        <translation>Gamintojo defektas</translation>
    </message>
    <message>
        <source>Goodwill after a complaint</source>
        <translation>Gera valia po skundo</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>no receipt</source>
        <translation>be kvito</translation>
    </message>
</context>
<context>
    <name>PolicyChangeDialog</name>
    <message>
        <source>ReturnDesk: the return policy changed</source>
        <translation>ReturnDesk: grąžinimo taisyklės pasikeitė</translation>
    </message>
    <message>
        <source>Store {store} has a new return policy (version {version}, installed {when} by {who}). What changed:</source>
        <translation>Parduotuvė {store} turi naujas grąžinimo taisykles (versija {version}, įdiegta {when}, įdiegė {who}). Kas pasikeitė:</translation>
    </message>
    <message>
        <source>What changed in the policy</source>
        <translation>Kas pasikeitė taisyklėse</translation>
    </message>
    <message>
        <source>I have read the changes</source>
        <translation>Perskaičiau pakeitimus</translation>
    </message>
</context>
<context>
    <name>QueuePresenter</name>
    <message>
        <source>• line {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</source>
        <translation>• eilutė {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>priežastis nenurodyta</translation>
    </message>
    <message>
        <source>Request {id} from {clerk} at register {register}</source>
        <translation>Prašymas {id} nuo {clerk}, kasa {register}</translation>
    </message>
    <message>
        <source>Receipt {receipt}; needs {codes}</source>
        <translation>Kvitas {receipt}; reikia: {codes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Refund once approved: {amount}</source>
        <translation>Grąžinama patvirtinus: {amount}</translation>
    </message>
    <message>
        <source>#{id} {kind} {value} for {customer} ({clerk}): {what}</source>
        <translation>#{id} {kind} {value} pirkėjui {customer} ({clerk}): {what}</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Klausimai</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atsakymas</translation>
    </message>
    <message>
        <source>The answer staff give</source>
        <translation>Darbuotojų pateikiamas atsakymas</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Išsaugoti atsakymą</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Naujas</translation>
    </message>
    <message>
        <source>The return policy, in plain words</source>
        <translation>Grąžinimo politika paprastais žodžiais</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Paruošti atsakymai</translation>
    </message>
    <message>
        <source>{body}

(kept current by {updated_by})</source>
        <translation>{body}

(atnaujina {updated_by})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Išsaugota.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>returns per day</source>
        <translation>grąžinimai per dieną</translation>
    </message>
    <message>
        <source>returns by reason</source>
        <translation>grąžinimai pagal priežastį</translation>
    </message>
    <message>
        <source>returns by category</source>
        <translation>grąžinimai pagal kategoriją</translation>
    </message>
    <message>
        <source>returns by product</source>
        <translation>grąžinimai pagal prekę</translation>
    </message>
    <message>
        <source>returns by staff</source>
        <translation>grąžinimai pagal darbuotoją</translation>
    </message>
    <message>
        <source>refunds by tender</source>
        <translation>grąžinimai pagal mokėjimo būdą</translation>
    </message>
    <message>
        <source>no-receipt returns</source>
        <translation>grąžinimai be kvito</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>išimtys</translation>
    </message>
    <message>
        <source>fraud signals</source>
        <translation>sukčiavimo požymiai</translation>
    </message>
    <message>
        <source>cash by register</source>
        <translation>grynieji pagal kasą</translation>
    </message>
    <message>
        <source>service desk KPIs</source>
        <translation>aptarnavimo rodikliai</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>gera valia</translation>
    </message>
    <message>
        <source>counter waits per hour</source>
        <translation>laukimas prie kasos pagal valandą</translation>
    </message>
    <message>
        <source>repeat and one-time customers</source>
        <translation>grįžtantys ir vienkartiniai pirkėjai</translation>
    </message>
    <message>
        <source>who has read the newest policy</source>
        <translation>kas perskaitė naujausias taisykles</translation>
    </message>
    <message>
        <source>staff scorecards</source>
        <translation>darbuotojų vertinimai</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <translation>neprisijungus kilę konfliktai</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>The report's rows</source>
        <translation>Ataskaitos eilutės</translation>
    </message>
    <message>
        <source>End-of-day slip printed: {where}</source>
        <translation>Dienos pabaigos kvitas atspausdintas: {where}</translation>
    </message>
    <message>
        <source>The end-of-day slip did not print: {message}</source>
        <translation>Dienos pabaigos kvito atspausdinti nepavyko: {message}</translation>
    </message>
    <message>
        <source>every store</source>
        <translation>visos parduotuvės</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rodyti</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuoti CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuoti PDF</translation>
    </message>
    <message>
        <source>End-of-day register report</source>
        <translation>Dienos pabaigos kasos ataskaita</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ataskaita</translation>
    </message>
    <message>
        <source>from</source>
        <translation>nuo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>store</source>
        <translation>parduotuvė</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>Pirmiausia parodykite ataskaitą.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportuoti ataskaitą</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>Išsaugota {target}.</translation>
    </message>
</context>
<context>
    <name>ReprintScreen</name>
    <message>
        <source>Reprint and gift receipts</source>
        <translation>Pakartotinis spausdinimas ir dovanų kvitai</translation>
    </message>
    <message>
        <source>Scan or type an ID</source>
        <translation>Nuskaitykite arba įveskite kodą</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Spausdinti pakartotinai</translation>
    </message>
    <message>
        <source>Gift receipt for this sale</source>
        <translation>Dovanų kvitas šiam pardavimui</translation>
    </message>
    <message>
        <source>{error}.</source>
        <translation>{error}.</translation>
    </message>
    <message>
        <source>Reprinting {code}…</source>
        <translation>Pakartotinai spausdinama {code}…</translation>
    </message>
    <message>
        <source>Reprinted {code}: {where}</source>
        <translation>Pakartotinai išspausdinta {code}: {where}</translation>
    </message>
    <message>
        <source>The reprint of {code} did not print: {message}</source>
        <translation>Pakartotinis {code} spausdinimas nepavyko: {message}</translation>
    </message>
    <message>
        <source>Gift receipt {doc_id} made for this sale; printing.</source>
        <translation>Dovanų kvitas {doc_id} šiam pardavimui išrašytas; spausdinama.</translation>
    </message>
</context>
<context>
    <name>ReturnDraft</name>
    <message>
        <source>member {id}</source>
        <translation>narys {id}</translation>
    </message>
    <message>
        <source>no loyalty ID yet</source>
        <translation>dar nėra lojalumo kodo</translation>
    </message>
    <message>
        <source>{id_type} seen</source>
        <translation>matytas {id_type}</translation>
    </message>
    <message>
        <source>photo ID not checked yet</source>
        <translation>dokumentas su nuotrauka dar nepatikrintas</translation>
    </message>
    <message>
        <source>NO RECEIPT</source>
        <translation>BE KVITO</translation>
    </message>
    <message>
        <source>refunded as store credit</source>
        <translation>grąžinama parduotuvės kreditu</translation>
    </message>
    <message>
        <source>Receipt {id}</source>
        <translation>Kvitas {id}</translation>
    </message>
    <message>
        <source>store {code}</source>
        <translation>parduotuvė {code}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>suma {amount}</translation>
    </message>
    <message>
        <source>POS {ref}</source>
        <translation>POS {ref}</translation>
    </message>
    <message>
        <source>GIFT RECEIPT: store credit only</source>
        <translation>DOVANŲ KVITAS: tik parduotuvės kreditu</translation>
    </message>
    <message>
        <source>scan each item's barcode, or type part of its name and Enter</source>
        <translation>nuskaitykite kiekvienos prekės brūkšninį kodą arba įveskite dalį pavadinimo ir Enter</translation>
    </message>
    <message>
        <source>{tender} ending {last4}: {amount}</source>
        <translation>{tender}, baigiasi {last4}: {amount}</translation>
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
        <translation>Nuskaitykite arba įveskite kvito kodą</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>No receipt  (F6)</source>
        <translation>Be kvito  (F6)</translation>
    </message>
    <message>
        <source>Find sale  (F4)</source>
        <translation>Rasti pardavimą  (F4)</translation>
    </message>
    <message>
        <source>The POS receipt's number typed in, or the card or loyalty ID</source>
        <translation>Įvestas POS kvito numeris arba kortelė ar lojalumo ID</translation>
    </message>
    <message>
        <source>Loyalty ID (C…)</source>
        <translation>Lojalumo kodas (C…)</translation>
    </message>
    <message>
        <source>photo ID not checked</source>
        <translation>dokumentas su nuotrauka nepatikrintas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pirkėjas</translation>
    </message>
    <message>
        <source>ID seen</source>
        <translation>Matytas dokumentas</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>Kvitas neatidarytas</translation>
    </message>
    <message>
        <source>The receipt's lines</source>
        <translation>Kvito eilutės</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>Nuskaitykite kvitą, kad pradėtumėte</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>į pradinį mokėjimo būdą</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>parduotuvės kreditu</translation>
    </message>
    <message>
        <source>Complete return  (F10)</source>
        <translation>Užbaigti grąžinimą  (F10)</translation>
    </message>
    <message>
        <source>Manager  F8</source>
        <translation>Vadovas  F8</translation>
    </message>
    <message>
        <source>A manager approves here, with their ID and PIN</source>
        <translation>Vadovas patvirtina čia savo kodu ir PIN</translation>
    </message>
    <message>
        <source>Queue  F9</source>
        <translation>Eilė  F9</translation>
    </message>
    <message>
        <source>Send the return to the manager's override queue</source>
        <translation>Siųsti grąžinimą į vadovo išimčių eilę</translation>
    </message>
    <message>
        <source>Next  Esc</source>
        <translation>Kitas  Esc</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Kitas pirkėjas</translation>
    </message>
    <message>
        <source>Case  F7</source>
        <translation>Kreipinys  F7</translation>
    </message>
    <message>
        <source>Open a service case about this receipt</source>
        <translation>Atidaryti aptarnavimo kreipinį dėl šio kvito</translation>
    </message>
    <message>
        <source>Feedback  F11</source>
        <translation>Įvertinimas  F11</translation>
    </message>
    <message>
        <source>The customer scores the visit</source>
        <translation>Pirkėjas įvertina apsilankymą</translation>
    </message>
    <message>
        <source>Exchange  F12</source>
        <translation>Keitimas  F12</translation>
    </message>
    <message>
        <source>The customer takes another item, paid with this return's credit</source>
        <translation>Pirkėjas paima kitą prekę, apmokėtą šio grąžinimo kreditu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Grąžinti</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>  (final sale)</source>
        <translation>  (galutinis pardavimas)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>privaloma</translation>
    </message>
    <message>
        <source>sold {sold} · returned {returned} · price {price}</source>
        <translation>parduota {sold} · grąžinta {returned} · kaina {price}</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Scan or type the receipt code</source>
        <translation>Nuskaitykite arba įveskite kvito kodą</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>Kvitas neatidarytas</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>Nuskaitykite kvitą, kad pradėtumėte</translation>
    </message>
    <message>
        <source>{error}. Scan it again or type the digits under the barcode.</source>
        <translation>{error}. Nuskaitykite dar kartą arba įveskite skaitmenis po brūkšniniu kodu.</translation>
    </message>
    <message>
        <source>Looking up the receipt…</source>
        <translation>Ieškoma kvito…</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt, or press F6 for a return without a receipt.</source>
        <translation>{code} nėra kvito kodas (16 skaitmenų su kontroliniu skaitmeniu). Nuskaitykite brūkšninį kodą kvito apačioje arba paspauskite F6 grąžinimui be kvito.</translation>
    </message>
    <message>
        <source>Scan the item, or type part of its name</source>
        <translation>Nuskaitykite prekę arba įveskite dalį pavadinimo</translation>
    </message>
    <message>
        <source>No receipt: the store's no-receipt rules apply and the refund is store credit. Scan each item, then take the customer's loyalty ID and check a photo ID.</source>
        <translation>Be kvito: taikomos parduotuvės grąžinimo be kvito taisyklės, pinigai grąžinami parduotuvės kreditu. Nuskaitykite kiekvieną prekę, tada paimkite pirkėjo lojalumo kodą ir patikrinkite dokumentą su nuotrauka.</translation>
    </message>
    <message>
        <source>No product matches {text!r}. Scan the barcode on the item or its tag.</source>
        <translation>Nėra prekės, atitinkančios {text!r}. Nuskaitykite brūkšninį kodą ant prekės arba etiketės.</translation>
    </message>
    <message>
        <source>ReturnDesk: which item?</source>
        <translation>ReturnDesk: kuri prekė?</translation>
    </message>
    <message>
        <source>Items matching {text!r}</source>
        <translation>Prekės, atitinkančios {text!r}</translation>
    </message>
    <message>
        <source>Added {item}. Scan the next item, or check the decision.</source>
        <translation>Pridėta: {item}. Nuskaitykite kitą prekę arba peržiūrėkite sprendimą.</translation>
    </message>
    <message>
        <source>Paid: {tenders}</source>
        <translation>Sumokėta: {tenders}</translation>
    </message>
    <message>
        <source>case {number} ({status}): {subject}</source>
        <translation>byla {number} ({status}): {subject}</translation>
    </message>
    <message>
        <source>⚑ Open on this receipt: {cases}</source>
        <translation>⚑ Atviros šio kvito bylos: {cases}</translation>
    </message>
    <message>
        <source>Pick the lines coming back: type the quantity in the Return column.</source>
        <translation>Pasirinkite grąžinamas eilutes: stulpelyje „Grąžinti“ įveskite kiekį.</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation>Viskas, kas šiame kvite, jau grąžinta.</translation>
    </message>
    <message>
        <source>Nothing picked yet</source>
        <translation>Dar nieko nepasirinkta</translation>
    </message>
    <message>
        <source>{sign} APPROVE: refund {total}</source>
        <translation>{sign} PATVIRTINTA: grąžinti {total}</translation>
    </message>
    <message>
        <source>{sign} DENIED: nothing to refund</source>
        <translation>{sign} ATMESTA: nieko negrąžinama</translation>
    </message>
    <message>
        <source>{sign} NEEDS MANAGER before any refund</source>
        <translation>{sign} PRIEŠ GRĄŽINANT REIKIA VADOVO</translation>
    </message>
    <message>
        <source>Check the customer's photo ID and pick it under ID seen</source>
        <translation>Patikrinkite pirkėjo dokumentą su nuotrauka ir pasirinkite jį lauke „Matytas dokumentas“</translation>
    </message>
    <message>
        <source>The sentence to read to the customer appears here.</source>
        <translation>Čia bus sakinys, kurį reikia perskaityti pirkėjui.</translation>
    </message>
    <message>
        <source>Refund to: {tenders}</source>
        <translation>Grąžinama į: {tenders}</translation>
    </message>
    <message>
        <source>Checking the decision… the return completes when it approves.</source>
        <translation>Tikrinamas sprendimas… grąžinimas bus užbaigtas, kai jis bus patvirtintas.</translation>
    </message>
    <message>
        <source>Not refunded: this return needs a manager first. F8 to approve here, F9 to send it to the override queue.</source>
        <translation>Negrąžinta: šiam grąžinimui pirmiausia reikia vadovo. F8 – patvirtinti čia, F9 – nusiųsti į išimčių eilę.</translation>
    </message>
    <message>
        <source>Not refunded: the decision is DENIED.</source>
        <translation>Negrąžinta: sprendimas – ATMESTA.</translation>
    </message>
    <message>
        <source>Nothing to refund yet: type the quantity coming back in the Return column.</source>
        <translation>Kol kas nėra ką grąžinti: stulpelyje „Grąžinti“ įveskite grąžinamą kiekį.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Grąžinama…</translation>
    </message>
    <message>
        <source>This register is now offline: F10 again refunds it here, as store credit or cash within the offline allowance.</source>
        <translation>Šis kasos aparatas dabar neprisijungęs: dar kartą F10 grąžins čia, kaip parduotuvės kreditą arba grynaisiais neviršijant neprisijungusio limito.</translation>
    </message>
    <message>
        <source>✔ DONE: refunded {total}</source>
        <translation>✔ ATLIKTA: grąžinta {total}</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded (replayed: nothing refunded twice). The receipt is printing. Esc for the next customer.</source>
        <translation>Grąžinimas {return_id} užbaigtas: grąžinta {total} (pakartota užklausa: dvigubai negrąžinta). Spausdinamas kvitas. Esc – kitas pirkėjas.</translation>
    </message>
    <message>
        <source>Return {return_id} completed OFFLINE: {total} refunded. It is sent to the shared database when the connection is back. The receipt is printing. Esc for the next customer.</source>
        <translation>Grąžinimas {return_id} atliktas NEPRISIJUNGUS: grąžinta {total}. Jis bus išsiųstas į bendrą duomenų bazę, kai ryšys atsiras. Kvitas spausdinamas. Esc – kitas klientas.</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded. The receipt is printing. Esc for the next customer.</source>
        <translation>Grąžinimas {return_id} užbaigtas: grąžinta {total}. Spausdinamas kvitas. Esc – kitas pirkėjas.</translation>
    </message>
    <message>
        <source>Waiting for a manager: request {id} is in the override queue. The answer appears here by itself.</source>
        <translation>Laukiama vadovo: prašymas {id} yra išimčių eilėje. Atsakymas pasirodys čia pats.</translation>
    </message>
    <message>
        <source>Approved by {decided_by}: {decision_reason}. Press F10 to complete the return.</source>
        <translation>Patvirtino {decided_by}: {decision_reason}. Paspauskite F10, kad užbaigtumėte grąžinimą.</translation>
    </message>
    <message>
        <source>Refused by {manager}: {reason}</source>
        <translation>Atmetė {manager}: {reason}</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>vadovas</translation>
    </message>
    <message>
        <source>For an exchange, refund the return as store credit first.</source>
        <translation>Keitimui pirmiausia grąžinkite pinigus parduotuvės kreditu.</translation>
    </message>
    <message>
        <source>Exchange done: new receipt {receipt}.</source>
        <translation>Keitimas atliktas: naujas kvitas {receipt}.</translation>
    </message>
    <message>
        <source>The customer paid {amount} by {payment}.</source>
        <translation>Pirkėjas primokėjo {amount}: {payment}.</translation>
    </message>
    <message>
        <source>{amount} stays on voucher {voucher}.</source>
        <translation>Kupone {voucher} lieka {amount}.</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>Ačiū: įvertinimas {score}/5 įrašytas.</translation>
    </message>
    <message>
        <source>Press Esc again to put this receipt away. Nothing has been refunded.</source>
        <translation>Dar kartą paspauskite Esc, kad padėtumėte šį kvitą. Nieko negrąžinta.</translation>
    </message>
</context>
<context>
    <name>ServiceDeskScreen</name>
    <message>
        <source>Service desk</source>
        <translation>Aptarnavimas</translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation>Naujas kreipinys  (Ctrl+N)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mano kreipiniai</translation>
    </message>
    <message>
        <source>Today's follow-ups</source>
        <translation>Šiandienos pakartotiniai skambučiai</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Ieškoti temose</translation>
    </message>
    <message>
        <source>Pick a case to see its timeline.</source>
        <translation>Pasirinkite kreipinį, kad matytumėte jo eigą.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Įrašyti kontaktą</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Laukiama pirkėjo</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Perduoti</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Perduoti aukščiau</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>Rašytinis atsakymas</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Išspręsti</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Pakartotinis skambutis</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Pirkėjo atsiliepimas</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>išspręsti</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>naujas kreipinys</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kreipiniai</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>The case's timeline</source>
        <translation>Kreipinio eiga</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Priedai ({count})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Atidaryta {name}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanalas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>Lojalumo kodas</translation>
    </message>
    <message>
        <source>Name (no loyalty ID)</source>
        <translation>Vardas (be lojalumo kodo)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>Item (scan its barcode, or its SKU)</source>
        <translation>Prekė (nuskenuokite brūkšninį kodą arba SKU)</translation>
    </message>
    <message>
        <source>Return (its document number)</source>
        <translation>Grąžinimas (dokumento numeris)</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Ką sako pirkėjas</translation>
    </message>
    <message>
        <source>Make them a customer (loyalty ID)</source>
        <translation>Užregistruoti pirkėją (lojalumo kodas)</translation>
    </message>
    <message>
        <source>Solved now, at the counter</source>
        <translation>Išspręsta dabar, prie kasos</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>Kreipinys atidarytas.</translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation>Kontaktas įrašytas.</translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation>įrašyti kontaktą</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutės</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Waiting on the customer: the clock stops.</source>
        <translation>Laukiama pirkėjo: laikrodis sustabdytas.</translation>
    </message>
    <message>
        <source>Transferred to {department}; you stay responsible.</source>
        <translation>Perduota skyriui {department}; jūs liekate atsakingas.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>perduoti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>Perduota aukščiau.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>perduoti aukščiau</translation>
    </message>
    <message>
        <source>Resolved; a follow-up call is scheduled.</source>
        <translation>Išspręsta; suplanuotas pakartotinis skambutis.</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>Kaip išspręsta</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>Pakartotinis skambutis įrašytas.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nepavyko susisiekti</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>pakartotinis skambutis</translation>
    </message>
    <message>
        <source>The customer says</source>
        <translation>Pirkėjas sako</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentaras</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>Ačiū: įvertinimas {score}/5 įrašytas.</translation>
    </message>
    <message>
        <source>written reply</source>
        <translation>rašytinis atsakymas</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablonas</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Extra text</source>
        <translation>Papildomas tekstas</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Atsakymas išsiųstas.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Store settings</source>
        <translation>Parduotuvės nustatymai</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>logotipo nėra</translation>
    </message>
    <message>
        <source>Choose a PNG…</source>
        <translation>Pasirinkti PNG…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Pašalinti logotipą</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Parduotuvės pavadinimas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mokesčių kodas</translation>
    </message>
    <message>
        <source>Language (receipts, sentences)</source>
        <translation>Kalba (kvitai, sakiniai)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>Receipt header lines</source>
        <translation>Kvito viršutinės eilutės</translation>
    </message>
    <message>
        <source>Receipt footer lines</source>
        <translation>Kvito apatinės eilutės</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipas</translation>
    </message>
    <message>
        <source>What every receipt of this store prints, and the language its customers hear. A currency changes only before the store's first sale.</source>
        <translation>Ką spausdina kiekvienas šios parduotuvės kvitas ir kokia kalba girdi jos pirkėjai. Valiuta keičiama tik iki pirmojo parduotuvės pardavimo.</translation>
    </message>
    <message>
        <source>a logo of {size} bytes</source>
        <translation>{size} baitų logotipas</translation>
    </message>
    <message>
        <source>The store's logo</source>
        <translation>Parduotuvės logotipas</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG paveikslėliai (*.png)</translation>
    </message>
    <message>
        <source>no logo (saved with Save)</source>
        <translation>logotipo nėra (išsaugoma mygtuku „Išsaugoti“)</translation>
    </message>
    <message>
        <source>Saved. Receipts print it from now on; a new language shows on this station's screens at its next start.</source>
        <translation>Išsaugota. Nuo šiol kvitai spausdins tai; nauja kalba šios stoties ekranuose bus kito paleidimo metu.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>ReturnDesk: first-run setup</source>
        <translation>ReturnDesk: pirmojo paleidimo sąranka</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>Rengiama duomenų bazė…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your staff ID and PIN</source>
        <translation>Prisijunkite darbuotojo kodu ir PIN</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Darbuotojo kodas</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>Jūsų naujas PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Naujas PIN dar kartą</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Atidaroma duomenų bazė…</translation>
    </message>
    <message>
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Užrakinta, kol {name} nebuvo: prisijunkite ir tęskite</translation>
    </message>
    <message>
        <source>Welcome, {name}: choose your own PIN (4 to 12 digits). The one you were given works only once.</source>
        <translation>Sveiki, {name}: pasirinkite savo PIN (nuo 4 iki 12 skaitmenų). Jums duotasis veikia tik kartą.</translation>
    </message>
    <message>
        <source>The two PINs differ: type your new PIN twice.</source>
        <translation>Du PIN skiriasi: įveskite naują PIN du kartus.</translation>
    </message>
    <message>
        <source>Save my PIN and sign in</source>
        <translation>Išsaugoti PIN ir prisijungti</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>deactivated</source>
        <translation>išjungtas</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>užrakintas</translation>
    </message>
    <message>
        <source>one-time PIN: chooses their own</source>
        <translation>vienkartinis PIN: pasirinks savo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktyvus</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Pridėti asmenį</translation>
    </message>
    <message>
        <source>One-time PIN</source>
        <translation>Vienkartinis PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Keisti vaidmenį</translation>
    </message>
    <message>
        <source>Change store</source>
        <translation>Keisti parduotuvę</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Išjungti</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Vėl įjungti</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>pridėti asmenį</translation>
    </message>
    <message>
        <source>Staff ID (as on the badge)</source>
        <translation>Darbuotojo ID (kaip kortelėje)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Pagrindinė parduotuvė</translation>
    </message>
    <message>
        <source>change role</source>
        <translation>keisti vaidmenį</translation>
    </message>
    <message>
        <source>change store</source>
        <translation>keisti parduotuvę</translation>
    </message>
    <message>
        <source>{name} ({code}): one-time PIN {pin}. Give it to them in person: they choose their own when they first sign in.</source>
        <translation>{name} ({code}): vienkartinis PIN {pin}. Perduokite asmeniškai: pirmą kartą prisijungęs jis pasirinks savo.</translation>
    </message>
    <message>
        <source>Saved: {name} ({code}).</source>
        <translation>Išsaugota: {name} ({code}).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ReturnDesk cannot start</source>
        <translation>ReturnDesk negali pasileisti</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>This station</source>
        <translation>Ši darbo vieta</translation>
    </message>
    <message>
        <source>The store and register codes are printed in every receipt's barcode.</source>
        <translation>Parduotuvės ir kasos kodai atspausdinti kiekvieno kvito brūkšniniame kode.</translation>
    </message>
    <message>
        <source>e.g. Main Street (for a new store)</source>
        <translation>pvz., Pagrindinė gatvė (naujai parduotuvei)</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Parduotuvės kodas</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Parduotuvės pavadinimas</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasa</translation>
    </message>
</context>
<context>
    <name>VisitsPresenter</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>⚑ TOO LONG</source>
        <translation>⚑ PER ILGAI</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>laukia</translation>
    </message>
    <message>
        <source>Ticket {ticket} for {name}</source>
        <translation>Bilietas {ticket}: {name}</translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation>Bilietas {ticket}</translation>
    </message>
</context>
</TS>