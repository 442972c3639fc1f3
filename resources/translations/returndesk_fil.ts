<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil">
<context>
    <name />
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///path.db or postgresql+psycopg://...)</source>
        <translation>hindi address ng database: {url!r} (inaasahan ang sqlite:///path.db o postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation>hindi suportadong database {backend!r}: gamitin ang sqlite:/// o postgresql+psycopg://</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: create it first, or check the database URL</source>
        <translation>wala ang folder na {folder}: gawin muna ito, o suriin ang URL ng database</translation>
    </message>
    <message>
        <source>the database file {path} is damaged ({problem}): restore the latest backup (returndesk db restore FILE, docs/deploying.md)</source>
        <translation>sira ang database file na {path} ({problem}): i-restore ang pinakabagong backup (returndesk db restore FILE, docs/deploying.md)</translation>
    </message>
    <message>
        <source>local file {path}</source>
        <translation>lokal na file {path}</translation>
    </message>
    <message>
        <source>shared server {host}/{database}</source>
        <translation>shared server {host}/{database}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ang computer na ito</translation>
    </message>
    <message>
        <source>{host}/{database}</source>
        <translation>{host}/{database}</translation>
    </message>
    <message>
        <source>the disk holding the database ({where}) is full: nothing was written; ask IT to free space, then try again</source>
        <translation>puno na ang disk ng database ({where}): walang naisulat; ipalinis sa IT ang espasyo, saka subukan ulit</translation>
    </message>
    <message>
        <source>cannot reach the database {where}: {detail}</source>
        <translation>hindi maabot ang database na {where}: {detail}</translation>
    </message>
    <message>
        <source>another counter is holding the database; try again</source>
        <translation>may ibang counter na may hawak ng database; subukan ulit</translation>
    </message>
    <message>
        <source>the database has no ReturnDesk schema yet: run `returndesk db upgrade`</source>
        <translation>wala pang ReturnDesk schema ang database: patakbuhin ang `returndesk db upgrade`</translation>
    </message>
    <message>
        <source>the database schema ({revision}) is older than this program ({head}): run `returndesk db upgrade`</source>
        <translation>mas luma ang schema ng database ({revision}) kaysa sa programang ito ({head}): patakbuhin ang `returndesk db upgrade`</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>resibo ng benta</translation>
    </message>
    <message>
        <source>return</source>
        <translation>resibo ng pagbabalik</translation>
    </message>
    <message>
        <source>store-credit voucher</source>
        <translation>store-credit voucher</translation>
    </message>
    <message>
        <source>gift receipt</source>
        <translation>gift receipt</translation>
    </message>
    <message>
        <source>store code must be 4 digits, got {store!r}</source>
        <translation>ang store code ay dapat 4 na digit, natanggap ang {store!r}</translation>
    </message>
    <message>
        <source>register code must be 2 digits, got {register!r}</source>
        <translation>ang register code ay dapat 2 digit, natanggap ang {register!r}</translation>
    </message>
    <message>
        <source>sequence {sequence} is outside 1..99999999</source>
        <translation>ang sequence {sequence} ay wala sa 1..99999999</translation>
    </message>
    <message>
        <source>no code was scanned or typed</source>
        <translation>walang na-scan o na-type na code</translation>
    </message>
    <message>
        <source>a receipt code has digits only; {code!r} contains {bad!r}</source>
        <translation>puro digit lang ang code ng resibo; may {bad!r} ang {code!r}</translation>
    </message>
    <message>
        <source>a receipt code has 16 digits; {code!r} has {count}</source>
        <translation>16 na digit ang code ng resibo; {count} ang {code!r}</translation>
    </message>
    <message>
        <source>check digit of {code} does not match (misread or mistyped code)</source>
        <translation>hindi tugma ang check digit ng {code} (mali ang pagbasa o pag-type ng code)</translation>
    </message>
    <message>
        <source>{code} is not a ReturnDesk document (kind {kind})</source>
        <translation>ang {code} ay hindi dokumento ng ReturnDesk (uri {kind})</translation>
    </message>
    <message>
        <source>{code} has sequence 0, which is never issued</source>
        <translation>ang {code} ay may sequence 0, na hindi kailanman ibinibigay</translation>
    </message>
    <message>
        <source>Returns with a receipt are accepted within {days} days of purchase, counted in the store's calendar ({timezone}).</source>
        <translation>Tinatanggap ang mga balik na may resibo sa loob ng {days} araw mula sa pagbili, ayon sa kalendaryo ng tindahan ({timezone}).</translation>
    </message>
    <message>
        <source>Defective items: {days} days.</source>
        <translation>Mga sirang item: {days} araw.</translation>
    </message>
    <message>
        <source>Receipts from other stores of the chain are honoured.</source>
        <translation>Tinatanggap ang mga resibo mula sa ibang tindahan ng chain.</translation>
    </message>
    <message>
        <source>Only receipts from this store are accepted.</source>
        <translation>Mga resibo lang ng tindahang ito ang tinatanggap.</translation>
    </message>
    <message>
        <source>{category}: final sale, not returnable.</source>
        <translation>{category}: final sale, hindi maibabalik.</translation>
    </message>
    <message>
        <source>{category}: {days} days.</source>
        <translation>{category}: {days} araw.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee when opened.</source>
        <translation>{category}: may {fee} na restocking fee kapag nabuksan na.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee, always.</source>
        <translation>{category}: may {fee} na restocking fee, palagi.</translation>
    </message>
    <message>
        <source>{category}: the serial number must match the receipt.</source>
        <translation>{category}: dapat tugma ang serial number sa resibo.</translation>
    </message>
    <message>
        <source>Members of the {tier} tier get {days} extra days on every window.</source>
        <translation>Ang mga miyembro ng {tier} tier ay may dagdag na {days} araw sa bawat palugit.</translation>
    </message>
    <message>
        <source>Holiday purchases from {start} to {end} can be returned until {until}.</source>
        <translation>Ang mga binili sa holiday mula {start} hanggang {end} ay maibabalik hanggang {until}.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the lowest price of the last {days} days.</source>
        <translation>Walang resibo: ire-refund bilang store credit sa pinakamababang presyo sa nakaraang {days} araw.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the current price.</source>
        <translation>Walang resibo: ire-refund bilang store credit sa kasalukuyang presyo.</translation>
    </message>
    <message>
        <source>Without a receipt, the customer shows a photo ID.</source>
        <translation>Kapag walang resibo, magpapakita ang customer ng ID na may litrato.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {count} returns per customer in 365 days.</source>
        <translation>Walang resibo: hanggang {count} balik bawat customer sa loob ng 365 araw.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {amount} per customer in 365 days.</source>
        <translation>Walang resibo: hanggang {amount} bawat customer sa loob ng 365 araw.</translation>
    </message>
    <message>
        <source>Returns without a receipt are not accepted.</source>
        <translation>Hindi tinatanggap ang mga balik na walang resibo.</translation>
    </message>
    <message>
        <source>Cash refunds over {amount} need a manager.</source>
        <translation>Kailangan ng manager sa cash refund na higit sa {amount}.</translation>
    </message>
    <message>
        <source>A manager may override: {codes}.</source>
        <translation>Maaaring mag-override ang manager sa: {codes}.</translation>
    </message>
    <message>
        <source>Service desk: written contacts are answered within {hours} business hours; a follow-up call {days} days after a case is solved.</source>
        <translation>Service desk: sinasagot ang mga nakasulat na contact sa loob ng {hours} oras ng trabaho; may follow-up call {days} araw matapos malutas ang kaso.</translation>
    </message>
    <message>
        <source>On every receipt: “{footer}”</source>
        <translation>Sa bawat resibo: “{footer}”</translation>
    </message>
    <message>
        <source>receipt printer {host}:{port} did not take the job: {error}</source>
        <translation>hindi tinanggap ng receipt printer na {host}:{port} ang job: {error}</translation>
    </message>
    <message>
        <source>receipt printer {path} did not take the job: {error}</source>
        <translation>hindi tinanggap ng receipt printer na {path} ang job: {error}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>hindi ma-save ang {path}: {reason}</translation>
    </message>
    <message>
        <source>printer {setting!r}: an ESC/POS printer takes ?mode=text|raster|auto and &amp;drawer=on|off</source>
        <translation>printer {setting!r}: ang ESC/POS printer ay tumatanggap ng ?mode=text|raster|auto at &amp;drawer=on|off</translation>
    </message>
    <message>
        <source>paper {paper!r}: expected one of {papers}</source>
        <translation>papel {paper!r}: inaasahan ang isa sa {papers}</translation>
    </message>
    <message>
        <source>printer {setting!r}: port {port} is out of range</source>
        <translation>printer {setting!r}: wala sa saklaw ang port {port}</translation>
    </message>
    <message>
        <source>printer {setting!r}: expected pdf, system[:NAME], escpos://HOST[:PORT] or escpos-device://PATH</source>
        <translation>printer {setting!r}: inaasahan ang pdf, system[:NAME], escpos://HOST[:PORT] o escpos-device://PATH</translation>
    </message>
    <message>
        <source>a PIN has 4 to 12 digits</source>
        <translation>ang PIN ay may 4 hanggang 12 digit</translation>
    </message>
    <message>
        <source>this database does not record which PIN pepper it was set up with, so no PIN can be checked; ask IT (docs/deploying.md)</source>
        <translation>hindi nakatala sa database na ito kung aling PIN pepper ang ginamit sa pag-set up, kaya walang PIN na masusuri; magtanong sa IT (docs/deploying.md)</translation>
    </message>
    <message>
        <source>this station's PIN pepper differs from the one the database was set up with; ask IT to install the chain's pepper file (docs/deploying.md)</source>
        <translation>iba ang PIN pepper ng station na ito sa ginamit nang i-set up ang database; ipa-install sa IT ang pepper file ng chain (docs/deploying.md)</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role}: this is for managers and admins</source>
        <translation>si {name} ({code}) ay {role}: para ito sa mga manager at admin</translation>
    </message>
    <message>
        <source>{code} has a one-time PIN: choose your own first (`returndesk pin --staff {code}`, or sign in at a counter)</source>
        <translation>may one-time PIN si {code}: pumili muna ng sariling PIN (`returndesk pin --staff {code}`, o mag-sign in sa counter)</translation>
    </message>
    <message>
        <source>choose a PIN that is harder to guess than {pin}</source>
        <translation>pumili ng PIN na mas mahirap hulaan kaysa {pin}</translation>
    </message>
    <message>
        <source>the new PIN must differ from the one you were given</source>
        <translation>ang bagong PIN ay dapat iba sa ibinigay sa iyo</translation>
    </message>
    <message>
        <source>{name} ({code}) signs in once to choose their own PIN before approving anything</source>
        <translation>si {name} ({code}) ay kailangang mag-sign in minsan para pumili ng sariling PIN bago mag-apruba ng kahit ano</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role} and cannot approve overrides</source>
        <translation>si {name} ({code}) ay {role} at hindi makakapag-apruba ng override</translation>
    </message>
    <message>
        <source>a manager cannot approve an override on their own return</source>
        <translation>hindi maaaring aprubahan ng manager ang override sa sarili niyang balik</translation>
    </message>
    <message>
        <source>{name} ({code}) approves for their own store, not for store {store}</source>
        <translation>si {name} ({code}) ay nag-aapruba para sa sarili niyang tindahan, hindi para sa tindahan {store}</translation>
    </message>
    <message>
        <source>store {store_code} is not in this database (check the station's store setting)</source>
        <translation>wala sa database na ito ang tindahan {store_code} (tingnan ang store setting ng station)</translation>
    </message>
    <message>
        <source>this database has no store yet: run `returndesk demo seed` or the first-run setup</source>
        <translation>wala pang tindahan ang database na ito: patakbuhin ang `returndesk demo seed` o ang first-run setup</translation>
    </message>
    <message>
        <source>register {register_code} is not set up for store {store_code}</source>
        <translation>hindi naka-set up ang register {register_code} para sa tindahan {store_code}</translation>
    </message>
    <message>
        <source>wrong staff ID or PIN; after {count} wrong PINs in a row an ID is locked for {minutes} minutes</source>
        <translation>mali ang staff ID o PIN; pagkatapos ng {count} sunod-sunod na maling PIN, naka-lock ang ID nang {minutes} minuto</translation>
    </message>
    <message>
        <source>type your staff ID</source>
        <translation>i-type ang iyong staff ID</translation>
    </message>
    <message>
        <source>the customer's name, please</source>
        <translation>ang pangalan ng customer, pakiusap</translation>
    </message>
    <message>
        <source>a phone number or an email address, so we can get back to them</source>
        <translation>isang numero ng telepono o email address, para makabalik kami sa kanila</translation>
    </message>
    <message>
        <source>a customer with phone {phone} exists: find them instead</source>
        <translation>may customer na may teleponong {phone}: hanapin na lang sila</translation>
    </message>
    <message>
        <source>no service case {case_id}</source>
        <translation>walang service case na {case_id}</translation>
    </message>
    <message>
        <source>case {number} belongs to another store</source>
        <translation>ang kaso {number} ay sa ibang tindahan</translation>
    </message>
    <message>
        <source>{what}: one of {choices}, not {value!r}</source>
        <translation>{what}: isa sa {choices}, hindi {value!r}</translation>
    </message>
    <message>
        <source>subject: say in a few words what the case is about</source>
        <translation>paksa: sabihin sa ilang salita kung tungkol saan ang kaso</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {customer_code}</source>
        <translation>walang customer na may loyalty ID na {customer_code}</translation>
    </message>
    <message>
        <source>no sale {receipt} in this database</source>
        <translation>walang benta na {receipt} sa database na ito</translation>
    </message>
    <message>
        <source>no return {code} in this database</source>
        <translation>walang return na {code} sa database na ito</translation>
    </message>
    <message>
        <source>no product {code}: scan the barcode on the item or type its SKU</source>
        <translation>walang produktong {code}: i-scan ang barcode sa item o i-type ang SKU nito</translation>
    </message>
    <message>
        <source>summary: what was said, in a sentence</source>
        <translation>buod: ang napag-usapan, sa isang pangungusap</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>hindi puwedeng negatibo ang minuto</translation>
    </message>
    <message>
        <source>case {number} is {status}</source>
        <translation>ang kaso {number} ay {status}</translation>
    </message>
    <message>
        <source>say why the case goes up a level</source>
        <translation>sabihin kung bakit itataas ang kaso</translation>
    </message>
    <message>
        <source>case {number} is already with the manager</source>
        <translation>nasa manager na ang kaso {number}</translation>
    </message>
    <message>
        <source>department: one of {departments}</source>
        <translation>departamento: isa sa {departments}</translation>
    </message>
    <message>
        <source>say how it was solved</source>
        <translation>sabihin kung paano nalutas</translation>
    </message>
    <message>
        <source>case {number} is already {status}</source>
        <translation>{status} na ang kaso {number}</translation>
    </message>
    <message>
        <source>case {number} is {status}; follow-ups are for resolved cases</source>
        <translation>ang kaso {number} ay {status}; ang mga follow-up ay para sa mga nalutas na kaso</translation>
    </message>
    <message>
        <source>score: 1 (very unhappy) to 5 (very happy)</source>
        <translation>score: 1 (labis na hindi masaya) hanggang 5 (labis na masaya)</translation>
    </message>
    <message>
        <source>score: 1 to 5</source>
        <translation>score: 1 hanggang 5</translation>
    </message>
    <message>
        <source>no return {return_id}</source>
        <translation>walang balik na {return_id}</translation>
    </message>
    <message>
        <source>no attachment {id}</source>
        <translation>walang attachment na {id}</translation>
    </message>
    <message>
        <source>{name} was removed {day}: the store keeps customers' files for a time after the case closes</source>
        <translation>Inalis ang {name} noong {day}: itinatago lamang ng tindahan ang mga file ng customer nang ilang panahon matapos isara ang kaso</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone or loyalty ID</source>
        <translation>mag-type ng kahit dalawang letra o digit ng pangalan, telepono o loyalty ID</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {code}</source>
        <translation>walang customer na may loyalty ID na {code}</translation>
    </message>
    <message>
        <source>this customer belongs to another chain</source>
        <translation>ang customer na ito ay sa ibang chain</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone, loyalty ID or receipt</source>
        <translation>mag-type ng kahit dalawang letra o digit ng pangalan, telepono, loyalty ID o resibo</translation>
    </message>
    <message>
        <source>{used} of {most} returns, {value} of {most_value} in the last 365 days</source>
        <translation>{used} sa {most} balik, {value} sa {most_value} sa nakaraang 365 araw</translation>
    </message>
    <message>
        <source>no {kind} {doc} in this database (store {store}, register {register})</source>
        <translation>walang {kind} na {doc} sa database na ito (tindahan {store}, register {register})</translation>
    </message>
    <message>
        <source>Store-credit voucher {voucher}: balance {balance}. It is spent as a tender at the till.</source>
        <translation>Store-credit voucher {voucher}: balanse {balance}. Ginagamit ito bilang bayad sa kaha.</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; a gift receipt is made from a sale receipt</source>
        <translation>ang {doc} ay {kind}; ang gift receipt ay ginagawa mula sa resibo ng benta</translation>
    </message>
    <message>
        <source>no sale {doc} in this database</source>
        <translation>walang benta na {doc} sa database na ito</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a store-credit voucher</source>
        <translation>ang {doc} ay {kind}, hindi store-credit voucher</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc} in this database</source>
        <translation>walang store-credit voucher na {doc} sa database na ito</translation>
    </message>
    <message>
        <source>The database cannot be reached: {error}. What you entered is kept; try again.</source>
        <translation>Hindi maabot ang database: {error}. Nakatago ang inilagay mo; subukan ulit.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. What you entered is kept; try again.</source>
        <translation>Naputol ang koneksyon sa database. Nakatago ang inilagay mo; subukan ulit.</translation>
    </message>
    <message>
        <source>The database refused the request. What you entered is kept; try again or call IT.</source>
        <translation>Tinanggihan ng database ang kahilingan. Nakatago ang inilagay mo; subukan ulit o tawagan ang IT.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). What you entered is kept; call IT if it happens again.</source>
        <translation>May nagkamali ({error}). Nakatago ang inilagay mo; tawagan ang IT kung mangyari ulit.</translation>
    </message>
    <message>
        <source>ReturnDesk cannot open its database: {error}. Check the network and the station's db_url (`returndesk config show`).</source>
        <translation>Hindi mabuksan ng ReturnDesk ang database nito: {error}. Tingnan ang network at ang db_url ng station (`returndesk config show`).</translation>
    </message>
    <message>
        <source>kind: one of {kinds}</source>
        <translation>uri: isa sa {kinds}</translation>
    </message>
    <message>
        <source>a store credit or a discount needs an amount</source>
        <translation>kailangan ng halaga ang store credit o discount</translation>
    </message>
    <message>
        <source>say what the gesture is (for example: sent flowers)</source>
        <translation>sabihin kung ano ang gesture (halimbawa: nagpadala ng bulaklak)</translation>
    </message>
    <message>
        <source>say why the customer deserves it</source>
        <translation>sabihin kung bakit karapat-dapat ang customer</translation>
    </message>
    <message>
        <source>no case {case_number} at this store</source>
        <translation>walang kaso {case_number} sa tindahang ito</translation>
    </message>
    <message>
        <source>no goodwill gesture {gesture_id}</source>
        <translation>walang goodwill gesture na {gesture_id}</translation>
    </message>
    <message>
        <source>goodwill gesture {gesture_id} was already {status}</source>
        <translation>{status} na ang goodwill gesture {gesture_id}</translation>
    </message>
    <message>
        <source>this gesture belongs to another store</source>
        <translation>ang gesture na ito ay sa ibang tindahan</translation>
    </message>
    <message>
        <source>{name} has given {given} of goodwill this month; this would pass the {limit} limit (ask another manager or the store manager)</source>
        <translation>nakapagbigay na si {name} ng {given} na goodwill ngayong buwan; lalampas ito sa limitasyong {limit} (humingi sa ibang manager o sa store manager)</translation>
    </message>
    <message>
        <source>this return does not need a manager's override</source>
        <translation>hindi kailangan ng override ng manager ang balik na ito</translation>
    </message>
    <message>
        <source>no override request {request_id}</source>
        <translation>walang override request na {request_id}</translation>
    </message>
    <message>
        <source>say why: the reason is kept with the override</source>
        <translation>sabihin kung bakit: itinatago ang dahilan kasama ng override</translation>
    </message>
    <message>
        <source>override request {request_id} belongs to another store</source>
        <translation>ang override request {request_id} ay sa ibang tindahan</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status} by {who}</source>
        <translation>ang override request {request_id} ay {status} na ni {who}</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status}</source>
        <translation>ang override request {request_id} ay {status} na</translation>
    </message>
    <message>
        <source>store {store_code} has no return policy installed: run `returndesk policy install FILE`</source>
        <translation>walang naka-install na return policy ang tindahan {store_code}: patakbuhin ang `returndesk policy install FILE`</translation>
    </message>
    <message>
        <source>{doc} is the receipt of a return without a sale receipt; nothing to return from it</source>
        <translation>ang {doc} ay resibo ng balik na walang resibo ng benta; walang maibabalik mula rito</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a receipt: use it as a tender</source>
        <translation>ang {doc} ay {kind}, hindi resibo: gamitin ito bilang bayad</translation>
    </message>
    <message>
        <source>a POS reference is STORE/REGISTER/TRANSACTION/YYYY-MM-DD, not {text}</source>
        <translation>ang POS reference ay STORE/REGISTER/TRANSACTION/YYYY-MM-DD, hindi {text}</translation>
    </message>
    <message>
        <source>no sale with POS reference {ref} in this database (imported yet?)</source>
        <translation>walang benta na may POS reference na {ref} sa database na ito (na-import na ba?)</translation>
    </message>
    <message>
        <source>scan the item's barcode or type its SKU</source>
        <translation>i-scan ang barcode ng item o i-type ang SKU nito</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>walang produkto na may barcode o SKU na {code!r}</translation>
    </message>
    <message>
        <source>{code} is neither a ReturnDesk receipt nor a receipt of the store's POS ({layouts}): scan it again or type the digits under the barcode</source>
        <translation>ang {code} ay hindi resibo ng ReturnDesk at hindi rin resibo ng POS ng tindahan ({layouts}): i-scan muli o i-type ang mga digit sa ilalim ng barcode</translation>
    </message>
    <message>
        <source>scan the item's barcode or type part of its name</source>
        <translation>i-scan ang barcode ng item o i-type ang bahagi ng pangalan nito</translation>
    </message>
    <message>
        <source>only a manager can change the canned answers</source>
        <translation>manager lang ang puwedeng magbago ng mga nakahandang sagot</translation>
    </message>
    <message>
        <source>an answer needs a title and a text</source>
        <translation>kailangan ng pamagat at teksto ang sagot</translation>
    </message>
    <message>
        <source>no canned answer {answer_id}</source>
        <translation>walang nakahandang sagot na {answer_id}</translation>
    </message>
    <message>
        <source>no mail server is set up for this station (smtp_host); ask IT, or print a letter</source>
        <translation>walang naka-set up na mail server para sa station na ito (smtp_host); magtanong sa IT, o mag-print ng sulat</translation>
    </message>
    <message>
        <source>the mail server {host}:{port} did not take the reply ({error}); it is kept as a draft</source>
        <translation>hindi tinanggap ng mail server na {host}:{port} ang sagot ({error}); itinatago ito bilang draft</translation>
    </message>
    <message>
        <source>template: one of {templates}</source>
        <translation>template: isa sa {templates}</translation>
    </message>
    <message>
        <source>a written reply goes by email or letter</source>
        <translation>ang nakasulat na sagot ay ipinapadala sa email o sulat</translation>
    </message>
    <message>
        <source>the customer has no email address on file: print a letter instead</source>
        <translation>walang email address ang customer sa record: mag-print na lang ng sulat</translation>
    </message>
    <message>
        <source>no reply {reply_id}</source>
        <translation>walang sagot na {reply_id}</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>nagtatapos ang saklaw bago ito magsimula</translation>
    </message>
    <message>
        <source>a report covers at most three years</source>
        <translation>hanggang tatlong taon lang ang saklaw ng isang ulat</translation>
    </message>
    <message>
        <source>no store {store}</source>
        <translation>walang tindahan na {store}</translation>
    </message>
    <message>
        <source>reports are for managers: {name} is a {role}</source>
        <translation>para sa mga manager ang mga report: si {name} ay {role}</translation>
    </message>
    <message>
        <source>report: one of {reports}</source>
        <translation>ulat: isa sa {reports}</translation>
    </message>
    <message>
        <source>{name} ({code}) sees the reports of their own store, not of store {store}</source>
        <translation>nakikita ni {name} ({code}) ang mga report ng sarili niyang tindahan, hindi ng tindahan {store}</translation>
    </message>
    <message>
        <source>the connection to the database was lost; nothing was refunded. Try again: the same request will not refund twice</source>
        <translation>naputol ang koneksyon sa database; walang na-refund. Subukan ulit: hindi magre-refund nang dalawang beses ang parehong kahilingan</translation>
    </message>
    <message>
        <source>receipt {doc_id} was paid in {currency}; this store refunds in {code}</source>
        <translation>ang resibo {doc_id} ay binayaran sa {currency}; nagre-refund ang tindahang ito sa {code}</translation>
    </message>
    <message>
        <source>customer.id: no customer with loyalty ID {code}</source>
        <translation>customer.id: walang customer na may loyalty ID na {code}</translation>
    </message>
    <message>
        <source>sale {doc_id} was voided on the till after it was rung up: nothing on it can be returned</source>
        <translation>ang benta {doc_id} ay na-void sa kaha matapos itong i-ring up: walang maibabalik mula rito</translation>
    </message>
    <message>
        <source>line {line} is sold by the piece: return a whole number, not {qty}</source>
        <translation>ang linya {line} ay ibinebenta nang isa-isa: magbalik ng buong bilang, hindi {qty}</translation>
    </message>
    <message>
        <source>idempotency_key {idempotency_key!r} was already used for a different request (return {return_id})</source>
        <translation>nagamit na ang idempotency_key {idempotency_key!r} sa ibang kahilingan (balik {return_id})</translation>
    </message>
    <message>
        <source>override.request_id: no override request {override_request_id} at this store</source>
        <translation>override.request_id: walang override request na {override_request_id} sa tindahang ito</translation>
    </message>
    <message>
        <source>override request {request} was asked for at another counter or by another clerk; only they complete it</source>
        <translation>ang override request {request} ay hiniling sa ibang counter o ng ibang clerk; sila lang ang makakatapos nito</translation>
    </message>
    <message>
        <source>override request {request} is {status}, not approved</source>
        <translation>ang override request {request} ay {status}, hindi aprubado</translation>
    </message>
    <message>
        <source>override request {request} was approved for a different return</source>
        <translation>inaprubahan ang override request {request} para sa ibang balik</translation>
    </message>
    <message>
        <source>override request {request} does not cover {codes}</source>
        <translation>hindi sakop ng override request {request} ang {codes}</translation>
    </message>
    <message>
        <source>a refund to {kind} needs the original sale</source>
        <translation>kailangan ng orihinal na benta ang refund sa {kind}</translation>
    </message>
    <message>
        <source>the sale's {kind} tenders cannot take back {left} more (already refunded)</source>
        <translation>hindi na makakapag-refund ng {left} pa ang mga {kind} na bayad ng benta (na-refund na)</translation>
    </message>
    <message>
        <source>scan the item the customer takes instead</source>
        <translation>i-scan ang item na kukunin ng customer bilang kapalit</translation>
    </message>
    <message>
        <source>quantities start at 1</source>
        <translation>nagsisimula sa 1 ang dami</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; an exchange is paid with the return's voucher</source>
        <translation>ang {doc} ay {kind}; ang exchange ay binabayaran ng voucher ng balik</translation>
    </message>
    <message>
        <source>the difference is paid by card or in cash</source>
        <translation>ang diperensya ay binabayaran sa card o cash</translation>
    </message>
    <message>
        <source>the card's last 4 digits, as printed on the slip (never the whole number)</source>
        <translation>ang huling 4 na digit ng card, gaya ng nakalimbag sa slip (hindi kailanman ang buong numero)</translation>
    </message>
    <message>
        <source>search by the card's last 4 digits or by the loyalty ID</source>
        <translation>maghanap gamit ang huling 4 na digit ng card o ang loyalty ID</translation>
    </message>
    <message>
        <source>the first day comes before the last</source>
        <translation>ang unang araw ay dapat bago ang huli</translation>
    </message>
    <message>
        <source>with a card, give the amount or dates at most {days} days apart</source>
        <translation>kapag card, ibigay ang halaga o mga petsang hindi hihigit sa {days} araw ang pagitan</translation>
    </message>
    <message>
        <source>exports at this chain are for a signed-in manager or admin: add --staff ID (an admin turned this on with `returndesk export guard on`)</source>
        <translation>ang mga export sa chain na ito ay para sa naka-sign in na manager o admin lang: idagdag ang --staff ID (binuksan ito ng admin gamit ang `returndesk export guard on`)</translation>
    </message>
    <message>
        <source>unknown export format {format} (jsonl, csv, poslog)</source>
        <translation>hindi kilalang format ng export na {format} (jsonl, csv, poslog)</translation>
    </message>
    <message>
        <source>a cursor is what the last export printed, such as r12.s3.v7, not {text}</source>
        <translation>ang cursor ay ang inilimbag ng huling export, gaya ng r12.s3.v7, hindi {text}</translation>
    </message>
    <message>
        <source>the POS sale's reference, so the same redemption twice burns once</source>
        <translation>ang reference ng benta sa POS, para isang beses lang mabawas ang parehong redemption</translation>
    </message>
    <message>
        <source>the amount is a number such as 12.34</source>
        <translation>ang halaga ay numero gaya ng 12.34</translation>
    </message>
    <message>
        <source>reference {reference} already redeemed another amount or voucher</source>
        <translation>ang reference na {reference} ay nagamit na sa ibang halaga o voucher</translation>
    </message>
    <message>
        <source>voucher {voucher} has {balance} left</source>
        <translation>may natitirang {balance} ang voucher {voucher}</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc}</source>
        <translation>walang store-credit voucher na {doc}</translation>
    </message>
    <message>
        <source>the voucher is in {voucher_currency}; this store sells in {currency}</source>
        <translation>ang voucher ay nasa {voucher_currency}; nagbebenta ang tindahang ito sa {currency}</translation>
    </message>
    <message>
        <source>the new items cost {difference} more: the customer pays it by card or cash</source>
        <translation>mas mahal nang {difference} ang mga bagong item: babayaran ito ng customer sa card o cash</translation>
    </message>
    <message>
        <source>the server address is a URL such as postgresql+psycopg://user@host:5432/returndesk</source>
        <translation>ang address ng server ay URL gaya ng postgresql+psycopg://user@host:5432/returndesk</translation>
    </message>
    <message>
        <source>store: four digits, as printed in the document IDs (e.g. 0001)</source>
        <translation>tindahan: apat na digit, gaya ng nakalimbag sa mga document ID (hal. 0001)</translation>
    </message>
    <message>
        <source>register: two digits (e.g. 01)</source>
        <translation>register: dalawang digit (hal. 01)</translation>
    </message>
    <message>
        <source>time zone: {timezone!r} is not a known zone such as Europe/Vilnius</source>
        <translation>time zone: ang {timezone!r} ay hindi kilalang zone gaya ng Asia/Manila</translation>
    </message>
    <message>
        <source>currency: {currency!r} is not an ISO currency code such as EUR</source>
        <translation>currency: ang {currency!r} ay hindi ISO currency code gaya ng PHP</translation>
    </message>
    <message>
        <source>the first admin needs a staff ID and a name</source>
        <translation>kailangan ng unang admin ng staff ID at pangalan</translation>
    </message>
    <message>
        <source>the admin PIN has 6 to 12 digits</source>
        <translation>ang admin PIN ay may 6 hanggang 12 digit</translation>
    </message>
    <message>
        <source>the queue is busy; check the customer in again</source>
        <translation>abala ang pila; i-check in ulit ang customer</translation>
    </message>
    <message>
        <source>no visit {visit_id} at this store</source>
        <translation>walang bisita na {visit_id} sa tindahang ito</translation>
    </message>
    <message>
        <source>ticket {ticket} is already being served</source>
        <translation>ang tiket {ticket} ay inaasikaso na</translation>
    </message>
    <message>
        <source>no system printer {name!r}</source>
        <translation>walang system printer na {name!r}</translation>
    </message>
    <message>
        <source>this computer has no default printer</source>
        <translation>walang default printer ang computer na ito</translation>
    </message>
    <message>
        <source>the printer {printer} could not start the job</source>
        <translation>hindi masimulan ng printer na {printer} ang job</translation>
    </message>
    <message>
        <source>this database already has staff: an admin adds people with `returndesk staff add`</source>
        <translation>may staff na ang database na ito: nagdadagdag ang admin gamit ang `returndesk staff add`</translation>
    </message>
    <message>
        <source>staff ID {code} is taken (deactivated people keep theirs)</source>
        <translation>kinuha na ang staff ID na {code} (nananatili ang ID ng mga na-deactivate)</translation>
    </message>
    <message>
        <source>{email} is not a mail address</source>
        <translation>Hindi email address ang {email}</translation>
    </message>
    <message>
        <source>no staff member has ID {code}</source>
        <translation>walang staff na may ID na {code}</translation>
    </message>
    <message>
        <source>nobody changes their own role or store or deactivates themselves: ask another admin</source>
        <translation>walang nagpapalit ng sariling role o tindahan o nagde-deactivate ng sarili: humingi sa ibang admin</translation>
    </message>
    <message>
        <source>only an admin manages managers and admins</source>
        <translation>admin lang ang namamahala sa mga manager at admin</translation>
    </message>
    <message>
        <source>a manager manages the clerks of their own store ({store})</source>
        <translation>ang manager ay namamahala lang sa mga clerk ng sariling tindahan ({store})</translation>
    </message>
    <message>
        <source>{role}s cannot manage staff: ask a manager</source>
        <translation>ang {role} ay hindi makapamamahala ng staff: humingi sa manager</translation>
    </message>
    <message>
        <source>choose your own PIN first</source>
        <translation>pumili muna ng sarili mong PIN</translation>
    </message>
    <message>
        <source>{code} is the last active admin: make another admin first</source>
        <translation>si {code} ang huling aktibong admin: gumawa muna ng ibang admin</translation>
    </message>
    <message>
        <source>a role is clerk, manager or admin, not {role}</source>
        <translation>ang role ay clerk, manager o admin, hindi {role}</translation>
    </message>
    <message>
        <source>a staff ID is 1 to 16 letters or digits, as badges print it</source>
        <translation>ang staff ID ay 1 hanggang 16 na titik o digit, gaya ng nakalimbag sa badge</translation>
    </message>
    <message>
        <source>a person's name, up to 120 characters</source>
        <translation>pangalan ng tao, hanggang 120 character</translation>
    </message>
    <message>
        <source>store {code} is not in this database</source>
        <translation>wala ang tindahang {code} sa database na ito</translation>
    </message>
    <message>
        <source>only a manager or an admin changes the store's settings</source>
        <translation>manager o admin lang ang nagpapalit ng settings ng tindahan</translation>
    </message>
    <message>
        <source>unknown store setting {key} (known: {known})</source>
        <translation>hindi kilalang setting ng tindahan na {key} (kilala: {known})</translation>
    </message>
    <message>
        <source>a manager changes their own store's settings ({store})</source>
        <translation>ang manager ay nagpapalit lang ng settings ng sariling tindahan ({store})</translation>
    </message>
    <message>
        <source>store {store} has sales: its currency stays {currency}</source>
        <translation>may benta na ang tindahang {store}: mananatili ang currency na {currency}</translation>
    </message>
    <message>
        <source>{key}: text</source>
        <translation>{key}: teksto</translation>
    </message>
    <message>
        <source>{key}: at most {length} characters</source>
        <translation>{key}: hanggang {length} character</translation>
    </message>
    <message>
        <source>{key}: at most {lines} lines of {length} characters</source>
        <translation>{key}: hanggang {lines} linya na tig-{length} character</translation>
    </message>
    <message>
        <source>locale: {value!r} is not a language and country such as vi_VN</source>
        <translation>locale: ang {value!r} ay hindi wika at bansa gaya ng vi_VN</translation>
    </message>
    <message>
        <source>timezone: {value!r} is not a time zone such as Asia/Ho_Chi_Minh</source>
        <translation>timezone: ang {value!r} ay hindi time zone gaya ng Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>currency: {value!r} is not an ISO currency code such as VND</source>
        <translation>currency: ang {value!r} ay hindi ISO currency code gaya ng VND</translation>
    </message>
    <message>
        <source>logo: a PNG image</source>
        <translation>logo: isang PNG na larawan</translation>
    </message>
    <message>
        <source>logo: at most {size} KB</source>
        <translation>logo: hanggang {size} KB</translation>
    </message>
    <message>
        <source>logo: the PNG is damaged</source>
        <translation>logo: sira ang PNG</translation>
    </message>
    <message>
        <source>the store's policy cannot be written in {currency}: {problem}. Install a policy written in {currency} first (`returndesk policy install FILE`)</source>
        <translation>hindi maisusulat sa {currency} ang patakaran ng tindahan: {problem}. Mag-install muna ng patakarang nakasulat sa {currency} (`returndesk policy install FILE`)</translation>
    </message>
    <message>
        <source>--paper: expected one of {papers}</source>
        <translation>--paper: inaasahan ang isa sa {papers}</translation>
    </message>
    <message>
        <source>a {role} may not do this: ask a manager</source>
        <translation>hindi ito pwedeng gawin ng {role}: magtanong sa manager</translation>
    </message>
    <message>
        <source>{command} has no handler</source>
        <translation>walang handler ang {command}</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: inaasahan ang teksto</translation>
    </message>
    <message>
        <source>{field}: contains a control character (a NUL byte, an escape...)</source>
        <translation>{field}: may control character (NUL byte, escape...)</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {length}</source>
        <translation>{field}: hanggang {limit} character lang, hindi {length}</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: kailangan</translation>
    </message>
    <message>
        <source>{what}: larger than {limit} MB</source>
        <translation>{what}: mas malaki sa {limit} MB</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text (byte {position}): save it as UTF-8</source>
        <translation>ang {what} ay hindi UTF-8 na teksto (byte {position}): i-save ito bilang UTF-8</translation>
    </message>
    <message>
        <source>{what} is nested {depth} levels deep; at most {limit}</source>
        <translation>ang {what} ay nakapaloob nang {depth} antas; hanggang {limit} lang</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: {reason} at line {line}</source>
        <translation>ang {what} ay hindi wastong JSON: {reason} sa linya {line}</translation>
    </message>
    <message>
        <source>no notification {id}</source>
        <translation>walang abiso {id}</translation>
    </message>
    <message>
        <source>return window (days)</source>
        <translation>palugit sa pagbabalik (araw)</translation>
    </message>
    <message>
        <source>window for defective items (days)</source>
        <translation>palugit para sa sirang item (araw)</translation>
    </message>
    <message>
        <source>restocking fee (%)</source>
        <translation>restocking fee (%)</translation>
    </message>
    <message>
        <source>restocking fee charged</source>
        <translation>kailan sinisingil ang restocking fee</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>final sale</translation>
    </message>
    <message>
        <source>extra days</source>
        <translation>dagdag na araw</translation>
    </message>
    <message>
        <source>cash refund limit</source>
        <translation>limitasyon ng cash refund</translation>
    </message>
    <message>
        <source>returns without a receipt per year</source>
        <translation>mga pagbabalik nang walang resibo bawat taon</translation>
    </message>
    <message>
        <source>value without a receipt per year</source>
        <translation>halaga nang walang resibo bawat taon</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>kailangan ng photo ID</translation>
    </message>
    <message>
        <source>refunded as</source>
        <translation>ibinabalik bilang</translation>
    </message>
    <message>
        <source>price look-back (days)</source>
        <translation>pagtingin sa presyo (araw)</translation>
    </message>
    <message>
        <source>returns from other stores</source>
        <translation>mga pagbabalik mula sa ibang tindahan</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>pinapayagan</translation>
    </message>
    <message>
        <source>from</source>
        <translation>mula</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>returnable until</source>
        <translation>maibabalik hanggang</translation>
    </message>
    <message>
        <source>price without a receipt</source>
        <translation>presyo nang walang resibo</translation>
    </message>
    <message>
        <source>reminders every (minutes)</source>
        <translation>paalala tuwing (minuto)</translation>
    </message>
    <message>
        <source>follow-up call after (days)</source>
        <translation>follow-up na tawag pagkatapos ng (araw)</translation>
    </message>
    <message>
        <source>first answer within (business hours)</source>
        <translation>unang sagot sa loob ng (oras ng negosyo)</translation>
    </message>
    <message>
        <source>solved within (business hours)</source>
        <translation>malulutas sa loob ng (oras ng negosyo)</translation>
    </message>
    <message>
        <source>customers' files kept after closing (days)</source>
        <translation>mga file ng customer na itinatago matapos isara (araw)</translation>
    </message>
    <message>
        <source>alerts kept after taken (days)</source>
        <translation>mga alerto na itinatago matapos tanggapin (araw)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorya</translation>
    </message>
    <message>
        <source>loyalty tier</source>
        <translation>loyalty tier</translation>
    </message>
    <message>
        <source>holiday returns</source>
        <translation>pagbabalik sa holiday</translation>
    </message>
    <message>
        <source>without a receipt</source>
        <translation>nang walang resibo</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>mga refund</translation>
    </message>
    <message>
        <source>manager overrides</source>
        <translation>mga override ng manager</translation>
    </message>
    <message>
        <source>service desk</source>
        <translation>service desk</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>mga ulat</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>goodwill</translation>
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
        <translation>wala</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>{what}: {before} -&gt; {after}</source>
        <translation>{what}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>no policy {id}</source>
        <translation>walang patakaran {id}</translation>
    </message>
    <message>
        <source>scorecards are signed off by managers: {name} is a {role}</source>
        <translation>ang mga scorecard ay inaaprubahan ng manager: si {name} ay {role}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>nagtatapos ang panahon bago ito magsimula</translation>
    </message>
    <message>
        <source>no staff member {code}</source>
        <translation>walang staff na {code}</translation>
    </message>
    <message>
        <source>a scorecard is signed off by someone else than its owner</source>
        <translation>ibang tao ang dapat mag-apruba ng scorecard, hindi ang may-ari nito</translation>
    </message>
    <message>
        <source>{name} ({code}) reviews the people of their own store</source>
        <translation>sinusuri ni {name} ({code}) ang mga tao ng sarili niyang tindahan</translation>
    </message>
    <message>
        <source>this scorecard is already signed off</source>
        <translation>naaprubahan na ang scorecard na ito</translation>
    </message>
    <message>
        <source>this register has no offline copy yet (it is made while the shared database answers): nothing was refunded. Try again when the connection is back</source>
        <translation>wala pang offline na kopya ang register na ito (ginagawa ito habang sumasagot ang shared database): walang na-refund. Subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>the shared database cannot be reached and this store's policy takes no returns offline: nothing was refunded. Try again when the connection is back</source>
        <translation>hindi maabot ang shared database at hindi tumatanggap ng return offline ang patakaran ng tindahang ito: walang na-refund. Subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>a receipt from another store needs the shared database: nothing was refunded. Try again when the connection is back</source>
        <translation>kailangan ng shared database ang resibo mula sa ibang tindahan: walang na-refund. Subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>a refund to {tender} needs the shared database: refund it as store credit, or try again when the connection is back</source>
        <translation>kailangan ng shared database ang refund sa {tender}: i-refund bilang store credit, o subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>this register holds no offline allowance (it is granted while online): nothing was refunded. Try again when the connection is back</source>
        <translation>walang offline allowance ang register na ito (ibinibigay ito habang online): walang na-refund. Subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>{refund} is more than this register may refund offline ({left} left of {granted}): nothing was refunded. Try again when the connection is back</source>
        <translation>ang {refund} ay higit sa maaaring i-refund ng register na ito offline ({left} ang natitira sa {granted}): walang na-refund. Subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>a return without a receipt needs the shared database (its limits count every store's returns): nothing was refunded. Try again when the connection is back</source>
        <translation>kailangan ng shared database ang return na walang resibo (binibilang ng mga limitasyon nito ang return sa bawat tindahan): walang na-refund. Subukang muli kapag bumalik ang koneksyon</translation>
    </message>
    <message>
        <source>the offline journal of this register was changed after entry {seq} was written: nothing was synced. Call IT; the journal is kept as it is</source>
        <translation>binago ang offline journal ng register na ito pagkatapos isulat ang entry {seq}: walang na-sync. Tawagan ang IT; iniingatan ang journal nang ganito</translation>
    </message>
    <message>
        <source>offline conflicts are settled by a manager: {name} is a {role}</source>
        <translation>manager ang nag-aayos ng mga offline na salungatan: si {name} ay {role}</translation>
    </message>
    <message>
        <source>no offline conflict {id} at this store</source>
        <translation>walang offline na salungatan {id} sa tindahang ito</translation>
    </message>
    <message>
        <source>offline conflict {id} is already settled</source>
        <translation>naayos na ang offline na salungatan {id}</translation>
    </message>
    <message>
        <source>store {store}: a store code has 4 digits</source>
        <translation>tindahan {store}: may 4 na digit ang code ng tindahan</translation>
    </message>
    <message>
        <source>{what} must be a PostgreSQL database: a chain replicates with PostgreSQL's logical replication</source>
        <translation>ang {what} ay dapat PostgreSQL na database: ang chain ay nagre-replicate gamit ang logical replication ng PostgreSQL</translation>
    </message>
    <message>
        <source>HQ has no store {store}</source>
        <translation>walang tindahan {store} sa punong tanggapan</translation>
    </message>
    <message>
        <source>receipt {doc} is from store {store}, and HQ's database, where other stores' receipts are found, cannot be reached: try again in a moment, or take the return without a receipt</source>
        <translation>ang resibo {doc} ay mula sa tindahan {store}, at hindi maabot ang database ng punong tanggapan, kung saan hinahanap ang mga resibo ng ibang tindahan: subukan muli mamaya, o tanggapin ang return nang walang resibo</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Ang unang administrator</translation>
    </message>
    <message>
        <source>Needed when the database has no staff yet; staff of an existing database sign in with their own ID and PIN.</source>
        <translation>Kailangan kapag wala pang staff ang database; ang mga staff ng kasalukuyang database ay nagsa-sign in gamit ang sarili nilang ID at PIN.</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>PIN (6 to 12 digits)</source>
        <translation>PIN (6 hanggang 12 digit)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulitin ang PIN</translation>
    </message>
</context>
<context>
    <name>CasePresenter</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} sa {total}</translation>
    </message>
    <message>
        <source>{what} due {when}</source>
        <translation>{what} sa {when}</translation>
    </message>
    <message>
        <source>no target running</source>
        <translation>walang tumatakbong target</translation>
    </message>
    <message>
        <source>with {department}</source>
        <translation>kasama ang {department}</translation>
    </message>
    <message>
        <source>Case {number}: {subject}</source>
        <translation>Kaso {number}: {subject}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Customer: {customer}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>May-hawak: {owner}</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>Resibo {receipt}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linya {line}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>serial {serial}</translation>
    </message>
    <message>
        <source>Item: {product}</source>
        <translation>Item: {product}</translation>
    </message>
    <message>
        <source>Return {code}</source>
        <translation>Return {code}</translation>
    </message>
    <message>
        <source>Follow-up call due {day}</source>
        <translation>Follow-up call sa {day}</translation>
    </message>
    <message>
        <source>Solved on first contact</source>
        <translation>Nalutas sa unang contact</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (inalis)</translation>
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
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>⚑ OVERDUE</source>
        <translation>⚑ LAMPAS NA</translation>
    </message>
    <message>
        <source>◷ due soon</source>
        <translation>◷ malapit na</translation>
    </message>
    <message>
        <source>{what} due</source>
        <translation>{what} na takdang oras</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>new</source>
        <translation>bago</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>nabuksan na</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>sira</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>nasira</translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation>nagbago ang isip</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>maling sukat</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>hindi gaya ng inilarawan</translation>
    </message>
    <message>
        <source>arrived damaged</source>
        <translation>dumating na sira</translation>
    </message>
    <message>
        <source>unwanted gift</source>
        <translation>hindi gustong regalo</translation>
    </message>
    <message>
        <source>better price elsewhere</source>
        <translation>mas mura sa iba</translation>
    </message>
    <message>
        <source>other</source>
        <translation>iba pa</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>gift card</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>store credit</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>lisensya sa pagmamaneho</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>national ID</translation>
    </message>
    <message>
        <source>window expired</source>
        <translation>lampas na sa palugit</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>final sale</translation>
    </message>
    <message>
        <source>more than is left to return</source>
        <translation>higit sa natitirang maibabalik</translation>
    </message>
    <message>
        <source>not on the receipt</source>
        <translation>wala sa resibo</translation>
    </message>
    <message>
        <source>serial number differs</source>
        <translation>iba ang serial number</translation>
    </message>
    <message>
        <source>restocking fee</source>
        <translation>restocking fee</translation>
    </message>
    <message>
        <source>receipt from another store</source>
        <translation>resibo mula sa ibang tindahan</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>walang resibo</translation>
    </message>
    <message>
        <source>no-receipt returns not accepted</source>
        <translation>hindi tinatanggap ang balik na walang resibo</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>kailangan ng ID na may litrato</translation>
    </message>
    <message>
        <source>no-receipt limit reached</source>
        <translation>naabot na ang limitasyon ng balik na walang resibo</translation>
    </message>
    <message>
        <source>cash over the drawer limit</source>
        <translation>lampas sa limitasyon ng cash sa drawer</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprubahan</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>tanggihan</translation>
    </message>
    <message>
        <source>needs a manager</source>
        <translation>kailangan ng manager</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>tinanggihan</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>naghihintay</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>inaprubahan</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>tinanggihan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kinansela</translation>
    </message>
    <message>
        <source>used</source>
        <translation>nagamit na</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>discount</translation>
    </message>
    <message>
        <source>courtesy item</source>
        <translation>regalong pampalubag-loob</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>technical support</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reklamo</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>tanong</translation>
    </message>
    <message>
        <source>repair or warranty</source>
        <translation>pagkumpuni o warranty</translation>
    </message>
    <message>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <translation>naghihintay sa customer</translation>
    </message>
    <message>
        <source>waiting on a department</source>
        <translation>naghihintay sa departamento</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>nalutas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>sarado</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>apurahan</translation>
    </message>
    <message>
        <source>high</source>
        <translation>mataas</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>low</source>
        <translation>mababa</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>sulat</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>mula sa customer</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>sa customer</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serbisyo</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>bodega</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>billing</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>senior staff</source>
        <translation>senior staff</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>unang tugon</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>paglutas</translation>
    </message>
    <message>
        <source>acknowledge the case</source>
        <translation>kilalanin ang kaso</translation>
    </message>
    <message>
        <source>ask for more information</source>
        <translation>humingi ng dagdag na impormasyon</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>silver</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>platinum</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>sa orihinal na paraan ng bayad</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Due</source>
        <translation>Takdang oras</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priyoridad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>May-hawak</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Antas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Naghihintay mula</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kailangan</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Natitira</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Desisyon</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisyon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Nabenta</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Naibalik</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tindahan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Katayuan</translation>
    </message>
</context>
<context>
    <name>CounterQueueScreen</name>
    <message>
        <source>Counter queue</source>
        <translation>Pila sa counter</translation>
    </message>
    <message>
        <source>Customer's name (optional), then Enter</source>
        <translation>Pangalan ng customer (opsyonal), pagkatapos Enter</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>I-check in</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Mga customer na naghihintay</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>tiket</translation>
    </message>
    <message>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>naghihintay</translation>
    </message>
    <message>
        <source>served by</source>
        <translation>inasikaso ni</translation>
    </message>
    <message>
        <source>Serve next / selected</source>
        <translation>Asikasuhin ang susunod / napili</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Umalis na</translation>
    </message>
    <message>
        <source>Type the customer's name first, or press Check in for a ticket without one.</source>
        <translation>I-type muna ang pangalan ng customer, o pindutin ang Check in para sa ticket na walang pangalan.</translation>
    </message>
</context>
<context>
    <name>CustomerPresenter</name>
    <message>
        <source>no scores yet</source>
        <translation>wala pang score</translation>
    </message>
    <message>
        <source>{tier} member</source>
        <translation>miyembrong {tier}</translation>
    </message>
    <message>
        <source>satisfaction {average} (scores: {count})</source>
        <translation>kasiyahan {average} (mga score: {count})</translation>
    </message>
    <message>
        <source>Purchases: {purchases} · Returns: {returns} · {scores}</source>
        <translation>Mga binili: {purchases} · Mga ibinalik: {returns} · {scores}</translation>
    </message>
    <message>
        <source>Without a receipt: {history}</source>
        <translation>Walang resibo: {history}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>Purchases ({count})</source>
        <translation>Mga binili ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Mga balik ({count})</translation>
    </message>
    <message>
        <source>Service cases ({count})</source>
        <translation>Mga service case ({count})</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customers</source>
        <translation>Mga customer</translation>
    </message>
    <message>
        <source>Receipt, loyalty ID, phone or name</source>
        <translation>Resibo, loyalty ID, telepono o pangalan</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Mga customer na nahanap</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>Maghanap ng customer para makita ang kanilang kasaysayan.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>resibo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>petsa</translation>
    </message>
    <message>
        <source>store</source>
        <translation>tindahan</translation>
    </message>
    <message>
        <source>total</source>
        <translation>kabuuan</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>mga linya</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>naibalik</translation>
    </message>
    <message>
        <source>return</source>
        <translation>balik</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>na-refund</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>mga dahilan</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>inaprubahan ni</translation>
    </message>
    <message>
        <source>case</source>
        <translation>kaso</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>paksa</translation>
    </message>
    <message>
        <source>status</source>
        <translation>katayuan</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>binuksan</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Mga binili</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Mga balik</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>Mga service case</translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation>Goodwill gesture</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>I-export ang kasaysayan</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Walang nakitang customer.</translation>
    </message>
    <message>
        <source>Amount: {error}</source>
        <translation>Halaga: {error}</translation>
    </message>
    <message>
        <source>Goodwill request {id} sent: a manager approves it on the Overrides screen.</source>
        <translation>Naipadala ang goodwill request {id}: aaprubahan ito ng manager sa screen ng Mga override.</translation>
    </message>
    <message>
        <source>goodwill gesture</source>
        <translation>goodwill gesture</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Gesture</translation>
    </message>
    <message>
        <source>Amount (credit, discount)</source>
        <translation>Halaga (credit, discount)</translation>
    </message>
    <message>
        <source>What (courtesy item, other)</source>
        <translation>Ano (regalo, iba pa)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <source>Export the customer's history</source>
        <translation>I-export ang kasaysayan ng customer</translation>
    </message>
    <message>
        <source>Exported to {saved} (recorded in the audit log).</source>
        <translation>Na-export sa {saved} (nakatala sa audit log).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where does this station keep its data?</source>
        <translation>Saan itinatago ng station na ito ang data nito?</translation>
    </message>
    <message>
        <source>On this computer only (a local database; nothing to set up)</source>
        <translation>Sa computer na ito lang (lokal na database; walang kailangang i-set up)</translation>
    </message>
    <message>
        <source>On the store's shared server (PostgreSQL): several counters, one database</source>
        <translation>Sa shared server ng tindahan (PostgreSQL): maraming counter, iisang database</translation>
    </message>
    <message>
        <source>A demo store to try ReturnDesk (sample receipts and staff)</source>
        <translation>Isang demo na tindahan para subukan ang ReturnDesk (mga sample na resibo at staff)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</source>
        <translation>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</translation>
    </message>
    <message>
        <source>password (kept in a file only you can read)</source>
        <translation>password (itinatago sa file na ikaw lang ang makakabasa)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Subukan ang koneksyon</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kumokonekta…</translation>
    </message>
    <message>
        <source>no stores yet</source>
        <translation>wala pang tindahan</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>schema {revision}</translation>
    </message>
    <message>
        <source>an empty database</source>
        <translation>isang walang lamang database</translation>
    </message>
    <message>
        <source>Connected to {server}: {schema}; {stores}.</source>
        <translation>Nakakonekta sa {server}: {schema}; {stores}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>ReturnDesk: exchange</source>
        <translation>ReturnDesk: exchange</translation>
    </message>
    <message>
        <source>Scan the new item</source>
        <translation>I-scan ang bagong item</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>walang babayaran</translation>
    </message>
    <message>
        <source>card's last 4 digits</source>
        <translation>huling 4 na digit ng card</translation>
    </message>
    <message>
        <source>Complete the exchange</source>
        <translation>Tapusin ang exchange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Difference paid by</source>
        <translation>Ang diperensya ay binayaran sa</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Store credit from this return: voucher {voucher}</source>
        <translation>Store credit mula sa balik na ito: voucher {voucher}</translation>
    </message>
    <message>
        <source>Credit available: {amount}.</source>
        <translation>Natitirang credit: {amount}.</translation>
    </message>
    <message>
        <source>New items {total}; the voucher pays {voucher}; the customer pays {difference}.</source>
        <translation>Mga bagong item {total}; babayaran ng voucher ang {voucher}; babayaran ng customer ang {difference}.</translation>
    </message>
    <message>
        <source>New items {total}, paid by the voucher; {left} stays on the voucher.</source>
        <translation>Mga bagong item {total}, bayad ng voucher; {left} ang matitira sa voucher.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Very unhappy</source>
        <translation>Labis na hindi masaya</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Hindi masaya</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK lang</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Masaya</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Labis na masaya</translation>
    </message>
    <message>
        <source>ReturnDesk: how did we do?</source>
        <translation>ReturnDesk: kumusta ang serbisyo namin?</translation>
    </message>
    <message>
        <source>How did we do today?</source>
        <translation>Kumusta ang serbisyo namin ngayon?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Anumang gusto mong sabihin sa amin (opsyonal)</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Hindi, salamat</translation>
    </message>
</context>
<context>
    <name>FindSaleDialog</name>
    <message>
        <source>ReturnDesk: find the sale</source>
        <translation>ReturnDesk: hanapin ang benta</translation>
    </message>
    <message>
        <source>POS store</source>
        <translation>Tindahan sa POS</translation>
    </message>
    <message>
        <source>POS register</source>
        <translation>Register sa POS</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksyon</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Araw ng negosyo</translation>
    </message>
    <message>
        <source>last 4 digits</source>
        <translation>huling 4 na digit</translation>
    </message>
    <message>
        <source>Visa, Mastercard… (optional)</source>
        <translation>Visa, Mastercard… (opsyonal)</translation>
    </message>
    <message>
        <source>total paid (optional)</source>
        <translation>kabuuang binayad (opsyonal)</translation>
    </message>
    <message>
        <source>C…</source>
        <translation>C…</translation>
    </message>
    <message>
        <source>Card's last 4 digits</source>
        <translation>Huling 4 na digit ng card</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Brand ng card</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>Loyalty ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <source>The POS receipt's number</source>
        <translation>Numero ng resibo ng POS</translation>
    </message>
    <message>
        <source>No receipt: the card or the loyalty ID</source>
        <translation>Walang resibo: ang card o ang loyalty ID</translation>
    </message>
    <message>
        <source>Sales found</source>
        <translation>Mga nahanap na benta</translation>
    </message>
    <message>
        <source>Find  (Enter)</source>
        <translation>Hanapin  (Enter)</translation>
    </message>
    <message>
        <source>Open this sale</source>
        <translation>Buksan ang bentang ito</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Kanselahin  (Esc)</translation>
    </message>
    <message>
        <source>Looking up {ref}…</source>
        <translation>Hinahanap ang {ref}…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Naghahanap…</translation>
    </message>
    <message>
        <source>store {store}</source>
        <translation>tindahan {store}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} item</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>{count} sales found: pick one with the arrows and press Enter.</source>
        <translation>{count} benta ang nahanap: pumili gamit ang mga arrow at pindutin ang Enter.</translation>
    </message>
    <message>
        <source>1 sale found: press Enter to open it.</source>
        <translation>1 benta ang nahanap: pindutin ang Enter para buksan.</translation>
    </message>
    <message>
        <source>No sale matches. Check the dates, or ask for the receipt.</source>
        <translation>Walang tugmang benta. Suriin ang mga petsa, o hingin ang resibo.</translation>
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
        <translation>ReturnDesk: override ng manager</translation>
    </message>
    <message>
        <source>A manager must approve: {codes}.</source>
        <translation>Kailangang aprubahan ng manager: {codes}.</translation>
    </message>
    <message>
        <source>Manager staff ID</source>
        <translation>Staff ID ng manager</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprubahan</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Tanggihan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>Manager ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <source>the manager's staff ID</source>
        <translation>staff ID ng manager</translation>
    </message>
    <message>
        <source>their PIN</source>
        <translation>ang kanilang PIN</translation>
    </message>
    <message>
        <source>why</source>
        <translation>ang dahilan</translation>
    </message>
    <message>
        <source>Still needed: {what}.</source>
        <translation>Kailangan pa: {what}.</translation>
    </message>
    <message>
        <source>Refused by {decided_by}: {decision_reason}</source>
        <translation>Tinanggihan ni {decided_by}: {decision_reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns</source>
        <translation>Mga balik</translation>
    </message>
    <message>
        <source>Counter queue</source>
        <translation>Pila sa counter</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Mga override</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Mga customer</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Mga ulat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sanggunian</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Muling i-print</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Settings ng tindahan</translation>
    </message>
    <message>
        <source>☰ Screens</source>
        <translation>☰ Mga screen</translation>
    </message>
    <message>
        <source>Show the list of screens</source>
        <translation>Ipakita ang listahan ng mga screen</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Mga screen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Hindi naka-sign in</translation>
    </message>
    <message>
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (tindahan {code}, kaha {register})</translation>
    </message>
    <message>
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · tindahan {code} · kaha {register}</translation>
    </message>
    <message>
        <source>store {code} · register {register}</source>
        <translation>tindahan {code} · kaha {register}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. This register goes on OFFLINE: returns with a receipt from this store, refunded as store credit or cash within the register's offline allowance. They are sent to the shared database as soon as it answers. Other screens wait for the connection.</source>
        <translation>Hindi maabot ang shared database. Tuloy ang register na ito nang OFFLINE: mga return na may resibo mula sa tindahang ito, ni-refund bilang store credit o cash sa loob ng offline allowance ng register. Ipapadala ang mga ito sa shared database kapag sumagot na ito. Naghihintay ng koneksyon ang ibang screen.</translation>
    </message>
    <message>
        <source>Back online: {count} offline returns sent to the shared database.</source>
        <translation>Online na ulit: {count} offline na return ang naipadala sa shared database.</translation>
    </message>
    <message>
        <source>{count} of their lines were also returned at another register while offline: a manager settles them (Reports, Offline conflicts).</source>
        <translation>{count} sa kanilang mga linya ang ibinalik din sa ibang register habang offline: aayusin ito ng isang manager (Mga Ulat, Mga offline na salungatan).</translation>
    </message>
    <message>
        <source>✖ OFFLINE · {count} to send</source>
        <translation>✖ OFFLINE · {count} ipapadala</translation>
    </message>
    <message>
        <source>● connected · {count} to send</source>
        <translation>● konektado · {count} ipapadala</translation>
    </message>
    <message>
        <source>ticket {ticket} ({name}), {minutes} min</source>
        <translation>tiket {ticket} ({name}), {minutes} min</translation>
    </message>
    <message>
        <source>ticket {ticket}, {minutes} min</source>
        <translation>tiket {ticket}, {minutes} min</translation>
    </message>
    <message>
        <source>⚑ Waiting too long at the counter: {waiting}</source>
        <translation>⚑ Masyadong matagal nang naghihintay sa counter: {waiting}</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● nakakonekta</translation>
    </message>
    <message>
        <source>✖ database unreachable</source>
        <translation>✖ hindi maabot ang database</translation>
    </message>
    <message>
        <source>Document {doc_id} did not print: {message}. The return is saved; reprint it from the Reprint screen when the printer is back.</source>
        <translation>Hindi na-print ang dokumento {doc_id}: {message}. Naka-save ang balik; i-print ulit ito mula sa screen na Muling i-print kapag gumagana na ang printer.</translation>
    </message>
    <message>
        <source>{name} ({code}, {role})</source>
        <translation>{name} ({code}, {role})</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt.</source>
        <translation>Ang {code} ay hindi code ng resibo (16 na digit na may check digit). I-scan ang barcode sa ibaba ng resibo.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Mag-sign out</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Alerts</source>
        <translation>Mga alerto</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Hawakan ito</translation>
    </message>
    <message>
        <source>I answer for it: the reminders stop</source>
        <translation>Ako ang mananagot: hihinto ang mga paalala</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Buksan ang kaso</translation>
    </message>
    <message>
        <source>⚑ Case {number} was escalated to your level: {subject}</source>
        <translation>⚑ Ang kaso {number} ay iniakyat sa iyong antas: {subject}</translation>
    </message>
    <message>
        <source>◷ Case {number} is about to miss its target: {subject}</source>
        <translation>◷ Malapit nang lumampas sa target ang kaso {number}: {subject}</translation>
    </message>
    <message>
        <source>⚑ Case {number} is overdue: {subject}</source>
        <translation>⚑ Lampas na sa takdang oras ang kaso {number}: {subject}</translation>
    </message>
    <message>
        <source>☎ Case {number}: the follow-up call is due: {subject}</source>
        <translation>☎ Kaso {number}: oras na ng follow-up na tawag: {subject}</translation>
    </message>
    <message>
        <source>✉ Case {number}: the customer wrote: {subject}</source>
        <translation>✉ Kaso {number}: sumulat ang customer: {subject}</translation>
    </message>
    <message>
        <source>(and {count} more on the Service desk)</source>
        <translation>(at {count} pa sa Service desk)</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Approve</source>
        <translation>Aprubahan</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Tanggihan</translation>
    </message>
    <message>
        <source>Needs manager</source>
        <translation>Kailangan ng manager</translation>
    </message>
    <message>
        <source>Photo ID needed</source>
        <translation>Kailangan ng ID na may larawan</translation>
    </message>
</context>
<context>
    <name>OverrideQueueScreen</name>
    <message>
        <source>No requests are waiting.</source>
        <translation>Walang naghihintay na kahilingan.</translation>
    </message>
    <message>
        <source>Pick a request to see the case.</source>
        <translation>Pumili ng kahilingan para makita ang kaso.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Ang iyong PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprubahan</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Tanggihan</translation>
    </message>
    <message>
        <source>Goodwill gestures asked for</source>
        <translation>Mga hiniling na goodwill</translation>
    </message>
    <message>
        <source>Approve gesture</source>
        <translation>Aprubahan ang gesture</translation>
    </message>
    <message>
        <source>Refuse gesture</source>
        <translation>Tanggihan ang gesture</translation>
    </message>
    <message>
        <source>Override queue</source>
        <translation>Pila ng mga override</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>Manager ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Mga kahilingang naghihintay</translation>
    </message>
    <message>
        <source>Goodwill gestures waiting</source>
        <translation>Mga naghihintay na goodwill gesture</translation>
    </message>
    <message>
        <source>Say why you approve: the reason goes in the audit log.</source>
        <translation>Sabihin kung bakit mo inaaprubahan: itinatala ang dahilan sa audit log.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}: voucher {voucher} printing.</source>
        <translation>Gesture {id} {status}: ipini-print ang voucher {voucher}.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}.</source>
        <translation>Gesture {id} {status}.</translation>
    </message>
    <message>
        <source>Request {id} {status}.</source>
        <translation>Kahilingan {id} {status}.</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Loyal customer</source>
        <translation>Tapat na customer</translation>
    </message>
    <message>
        <source>Item clearly unused</source>
        <translation>Malinaw na hindi nagamit ang item</translation>
    </message>
    <message>
        <source>Store error at the sale</source>
        <translation>Pagkakamali ng tindahan sa benta</translation>
    </message>
    <message>
        <source>Manufacturer defect</source>
        <translation>Depekto ng gumawa</translation>
    </message>
    <message>
        <source>Goodwill after a complaint</source>
        <translation>Goodwill matapos ang reklamo</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>no receipt</source>
        <translation>walang resibo</translation>
    </message>
</context>
<context>
    <name>PolicyChangeDialog</name>
    <message>
        <source>ReturnDesk: the return policy changed</source>
        <translation>ReturnDesk: nagbago ang patakaran sa pagbabalik</translation>
    </message>
    <message>
        <source>Store {store} has a new return policy (version {version}, installed {when} by {who}). What changed:</source>
        <translation>May bagong patakaran sa pagbabalik ang tindahan {store} (bersyon {version}, inilagay noong {when} ni {who}). Ang nagbago:</translation>
    </message>
    <message>
        <source>What changed in the policy</source>
        <translation>Ang nagbago sa patakaran</translation>
    </message>
    <message>
        <source>I have read the changes</source>
        <translation>Nabasa ko na ang mga pagbabago</translation>
    </message>
</context>
<context>
    <name>QueuePresenter</name>
    <message>
        <source>• line {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</source>
        <translation>• linya {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>walang ibinigay na dahilan</translation>
    </message>
    <message>
        <source>Request {id} from {clerk} at register {register}</source>
        <translation>Kahilingan {id} mula kay {clerk} sa register {register}</translation>
    </message>
    <message>
        <source>Receipt {receipt}; needs {codes}</source>
        <translation>Resibo {receipt}; kailangan ang {codes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>Refund once approved: {amount}</source>
        <translation>Refund kapag naaprubahan: {amount}</translation>
    </message>
    <message>
        <source>#{id} {kind} {value} for {customer} ({clerk}): {what}</source>
        <translation>#{id} {kind} {value} para kay {customer} ({clerk}): {what}</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Sanggunian</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Mga tanong</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <source>The answer staff give</source>
        <translation>Ang sagot na ibinibigay ng staff</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>I-save ang sagot</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>The return policy, in plain words</source>
        <translation>Ang return policy, sa simpleng salita</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Mga nakahandang sagot</translation>
    </message>
    <message>
        <source>{body}

(kept current by {updated_by})</source>
        <translation>{body}

(pinananatiling bago ni {updated_by})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>returns per day</source>
        <translation>mga balik bawat araw</translation>
    </message>
    <message>
        <source>returns by reason</source>
        <translation>mga balik ayon sa dahilan</translation>
    </message>
    <message>
        <source>returns by category</source>
        <translation>mga balik ayon sa kategorya</translation>
    </message>
    <message>
        <source>returns by product</source>
        <translation>mga balik ayon sa produkto</translation>
    </message>
    <message>
        <source>returns by staff</source>
        <translation>mga balik ayon sa staff</translation>
    </message>
    <message>
        <source>refunds by tender</source>
        <translation>mga refund ayon sa paraan ng bayad</translation>
    </message>
    <message>
        <source>no-receipt returns</source>
        <translation>mga balik na walang resibo</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>mga override</translation>
    </message>
    <message>
        <source>fraud signals</source>
        <translation>mga senyales ng pandaraya</translation>
    </message>
    <message>
        <source>cash by register</source>
        <translation>cash ayon sa register</translation>
    </message>
    <message>
        <source>service desk KPIs</source>
        <translation>mga KPI ng service desk</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>goodwill</translation>
    </message>
    <message>
        <source>counter waits per hour</source>
        <translation>paghihintay sa counter bawat oras</translation>
    </message>
    <message>
        <source>repeat and one-time customers</source>
        <translation>bumabalik at isang beses na customer</translation>
    </message>
    <message>
        <source>who has read the newest policy</source>
        <translation>sino ang nakabasa ng pinakabagong patakaran</translation>
    </message>
    <message>
        <source>staff scorecards</source>
        <translation>mga scorecard ng staff</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <translation>mga offline na salungatan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Mga ulat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <source>The report's rows</source>
        <translation>Mga hilera ng ulat</translation>
    </message>
    <message>
        <source>End-of-day slip printed: {where}</source>
        <translation>Nailimbag ang end-of-day slip: {where}</translation>
    </message>
    <message>
        <source>The end-of-day slip did not print: {message}</source>
        <translation>Hindi nailimbag ang end-of-day slip: {message}</translation>
    </message>
    <message>
        <source>every store</source>
        <translation>lahat ng tindahan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>I-export ang CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>I-export ang PDF</translation>
    </message>
    <message>
        <source>End-of-day register report</source>
        <translation>Ulat ng register sa pagtatapos ng araw</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ulat</translation>
    </message>
    <message>
        <source>from</source>
        <translation>mula</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>store</source>
        <translation>tindahan</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>Magpakita muna ng ulat.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>I-export ang ulat</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>Na-save ang {target}.</translation>
    </message>
</context>
<context>
    <name>ReprintScreen</name>
    <message>
        <source>Reprint and gift receipts</source>
        <translation>Muling i-print at mga gift receipt</translation>
    </message>
    <message>
        <source>Scan or type an ID</source>
        <translation>I-scan o i-type ang ID</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Muling i-print</translation>
    </message>
    <message>
        <source>Gift receipt for this sale</source>
        <translation>Gift receipt para sa bentang ito</translation>
    </message>
    <message>
        <source>{error}.</source>
        <translation>{error}.</translation>
    </message>
    <message>
        <source>Reprinting {code}…</source>
        <translation>Muling ipini-print ang {code}…</translation>
    </message>
    <message>
        <source>Reprinted {code}: {where}</source>
        <translation>Na-reprint ang {code}: {where}</translation>
    </message>
    <message>
        <source>The reprint of {code} did not print: {message}</source>
        <translation>Hindi na-print ang reprint ng {code}: {message}</translation>
    </message>
    <message>
        <source>Gift receipt {doc_id} made for this sale; printing.</source>
        <translation>Ginawa ang gift receipt {doc_id} para sa bentang ito; ipini-print.</translation>
    </message>
</context>
<context>
    <name>ReturnDraft</name>
    <message>
        <source>member {id}</source>
        <translation>miyembro {id}</translation>
    </message>
    <message>
        <source>no loyalty ID yet</source>
        <translation>wala pang loyalty ID</translation>
    </message>
    <message>
        <source>{id_type} seen</source>
        <translation>nakita ang {id_type}</translation>
    </message>
    <message>
        <source>photo ID not checked yet</source>
        <translation>hindi pa natitingnan ang ID na may litrato</translation>
    </message>
    <message>
        <source>NO RECEIPT</source>
        <translation>WALANG RESIBO</translation>
    </message>
    <message>
        <source>refunded as store credit</source>
        <translation>ire-refund bilang store credit</translation>
    </message>
    <message>
        <source>Receipt {id}</source>
        <translation>Resibo {id}</translation>
    </message>
    <message>
        <source>store {code}</source>
        <translation>tindahan {code}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>kabuuan {amount}</translation>
    </message>
    <message>
        <source>POS {ref}</source>
        <translation>POS {ref}</translation>
    </message>
    <message>
        <source>GIFT RECEIPT: store credit only</source>
        <translation>GIFT RECEIPT: store credit lamang</translation>
    </message>
    <message>
        <source>scan each item's barcode, or type part of its name and Enter</source>
        <translation>i-scan ang barcode ng bawat item, o i-type ang bahagi ng pangalan nito at Enter</translation>
    </message>
    <message>
        <source>{tender} ending {last4}: {amount}</source>
        <translation>{tender} na nagtatapos sa {last4}: {amount}</translation>
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
        <translation>I-scan o i-type ang code ng resibo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>No receipt  (F6)</source>
        <translation>Walang resibo  (F6)</translation>
    </message>
    <message>
        <source>Find sale  (F4)</source>
        <translation>Hanapin ang benta  (F4)</translation>
    </message>
    <message>
        <source>The POS receipt's number typed in, or the card or loyalty ID</source>
        <translation>Ang numero ng resibo ng POS na tinype, o ang card o loyalty ID</translation>
    </message>
    <message>
        <source>Loyalty ID (C…)</source>
        <translation>Loyalty ID (C…)</translation>
    </message>
    <message>
        <source>photo ID not checked</source>
        <translation>hindi pa natitingnan ang ID na may litrato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>ID seen</source>
        <translation>Nakitang ID</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>Walang bukas na resibo</translation>
    </message>
    <message>
        <source>The receipt's lines</source>
        <translation>Mga linya ng resibo</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>Mag-scan ng resibo para magsimula</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>sa orihinal na paraan ng bayad</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>bilang store credit</translation>
    </message>
    <message>
        <source>Complete return  (F10)</source>
        <translation>Tapusin ang balik  (F10)</translation>
    </message>
    <message>
        <source>Manager  F8</source>
        <translation>Manager  F8</translation>
    </message>
    <message>
        <source>A manager approves here, with their ID and PIN</source>
        <translation>Dito mag-aapruba ang manager, gamit ang kanilang ID at PIN</translation>
    </message>
    <message>
        <source>Queue  F9</source>
        <translation>Pila  F9</translation>
    </message>
    <message>
        <source>Send the return to the manager's override queue</source>
        <translation>Ipadala ang balik sa pila ng override ng manager</translation>
    </message>
    <message>
        <source>Next  Esc</source>
        <translation>Susunod  Esc</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Susunod na customer</translation>
    </message>
    <message>
        <source>Case  F7</source>
        <translation>Kaso  F7</translation>
    </message>
    <message>
        <source>Open a service case about this receipt</source>
        <translation>Magbukas ng service case tungkol sa resibong ito</translation>
    </message>
    <message>
        <source>Feedback  F11</source>
        <translation>Feedback  F11</translation>
    </message>
    <message>
        <source>The customer scores the visit</source>
        <translation>Binibigyan ng customer ng score ang pagbisita</translation>
    </message>
    <message>
        <source>Exchange  F12</source>
        <translation>Exchange  F12</translation>
    </message>
    <message>
        <source>The customer takes another item, paid with this return's credit</source>
        <translation>Ibang item ang kukunin ng customer, bayad ng credit ng balik na ito</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>  (final sale)</source>
        <translation>  (final sale)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>kailangan</translation>
    </message>
    <message>
        <source>sold {sold} · returned {returned} · price {price}</source>
        <translation>nabenta {sold} · naibalik {returned} · presyo {price}</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Scan or type the receipt code</source>
        <translation>I-scan o i-type ang code ng resibo</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>Walang bukas na resibo</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>Mag-scan ng resibo para magsimula</translation>
    </message>
    <message>
        <source>{error}. Scan it again or type the digits under the barcode.</source>
        <translation>{error}. I-scan ulit o i-type ang mga digit sa ilalim ng barcode.</translation>
    </message>
    <message>
        <source>Looking up the receipt…</source>
        <translation>Hinahanap ang resibo…</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt, or press F6 for a return without a receipt.</source>
        <translation>Ang {code} ay hindi code ng resibo (16 na digit na may check digit). I-scan ang barcode sa ibaba ng resibo, o pindutin ang F6 para sa balik na walang resibo.</translation>
    </message>
    <message>
        <source>Scan the item, or type part of its name</source>
        <translation>I-scan ang item, o i-type ang bahagi ng pangalan nito</translation>
    </message>
    <message>
        <source>No receipt: the store's no-receipt rules apply and the refund is store credit. Scan each item, then take the customer's loyalty ID and check a photo ID.</source>
        <translation>Walang resibo: ilalapat ang mga patakaran ng tindahan para sa walang resibo at ang refund ay store credit. I-scan ang bawat item, pagkatapos kunin ang loyalty ID ng customer at tingnan ang ID na may litrato.</translation>
    </message>
    <message>
        <source>No product matches {text!r}. Scan the barcode on the item or its tag.</source>
        <translation>Walang produktong tugma sa {text!r}. I-scan ang barcode sa item o sa tag nito.</translation>
    </message>
    <message>
        <source>ReturnDesk: which item?</source>
        <translation>ReturnDesk: aling item?</translation>
    </message>
    <message>
        <source>Items matching {text!r}</source>
        <translation>Mga item na tugma sa {text!r}</translation>
    </message>
    <message>
        <source>Added {item}. Scan the next item, or check the decision.</source>
        <translation>Naidagdag ang {item}. I-scan ang susunod na item, o tingnan ang desisyon.</translation>
    </message>
    <message>
        <source>Paid: {tenders}</source>
        <translation>Binayaran: {tenders}</translation>
    </message>
    <message>
        <source>case {number} ({status}): {subject}</source>
        <translation>kaso {number} ({status}): {subject}</translation>
    </message>
    <message>
        <source>⚑ Open on this receipt: {cases}</source>
        <translation>⚑ Bukas pa sa resibong ito: {cases}</translation>
    </message>
    <message>
        <source>Pick the lines coming back: type the quantity in the Return column.</source>
        <translation>Piliin ang mga linyang ibinabalik: i-type ang dami sa column na Ibalik.</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation>Naibalik na ang lahat ng nasa resibong ito.</translation>
    </message>
    <message>
        <source>Nothing picked yet</source>
        <translation>Wala pang napili</translation>
    </message>
    <message>
        <source>{sign} APPROVE: refund {total}</source>
        <translation>{sign} APRUBADO: i-refund ang {total}</translation>
    </message>
    <message>
        <source>{sign} DENIED: nothing to refund</source>
        <translation>{sign} TINANGGIHAN: walang ire-refund</translation>
    </message>
    <message>
        <source>{sign} NEEDS MANAGER before any refund</source>
        <translation>{sign} KAILANGAN NG MANAGER bago mag-refund</translation>
    </message>
    <message>
        <source>Check the customer's photo ID and pick it under ID seen</source>
        <translation>Suriin ang photo ID ng customer at piliin ito sa ID na nakita</translation>
    </message>
    <message>
        <source>The sentence to read to the customer appears here.</source>
        <translation>Dito lalabas ang pangungusap na babasahin sa customer.</translation>
    </message>
    <message>
        <source>Refund to: {tenders}</source>
        <translation>I-refund sa: {tenders}</translation>
    </message>
    <message>
        <source>Checking the decision… the return completes when it approves.</source>
        <translation>Sinusuri ang desisyon… matatapos ang balik kapag inaprubahan ito.</translation>
    </message>
    <message>
        <source>Not refunded: this return needs a manager first. F8 to approve here, F9 to send it to the override queue.</source>
        <translation>Hindi na-refund: kailangan muna ng manager ang balik na ito. F8 para aprubahan dito, F9 para ipadala sa override queue.</translation>
    </message>
    <message>
        <source>Not refunded: the decision is DENIED.</source>
        <translation>Hindi na-refund: TINANGGIHAN ang desisyon.</translation>
    </message>
    <message>
        <source>Nothing to refund yet: type the quantity coming back in the Return column.</source>
        <translation>Wala pang ire-refund: i-type ang dami ng ibinabalik sa column na Ibalik.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Nagre-refund…</translation>
    </message>
    <message>
        <source>This register is now offline: F10 again refunds it here, as store credit or cash within the offline allowance.</source>
        <translation>Offline na ang register na ito: F10 muli para i-refund dito, bilang store credit o cash sa loob ng offline allowance.</translation>
    </message>
    <message>
        <source>✔ DONE: refunded {total}</source>
        <translation>✔ TAPOS: na-refund ang {total}</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded (replayed: nothing refunded twice). The receipt is printing. Esc for the next customer.</source>
        <translation>Tapos na ang balik {return_id}: na-refund ang {total} (inulit: walang na-refund nang dalawang beses). Ipini-print ang resibo. Esc para sa susunod na customer.</translation>
    </message>
    <message>
        <source>Return {return_id} completed OFFLINE: {total} refunded. It is sent to the shared database when the connection is back. The receipt is printing. Esc for the next customer.</source>
        <translation>Tapos ang return {return_id} nang OFFLINE: {total} ang na-refund. Ipapadala ito sa shared database kapag bumalik ang koneksyon. Nagpi-print ang resibo. Esc para sa susunod na customer.</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded. The receipt is printing. Esc for the next customer.</source>
        <translation>Tapos na ang balik {return_id}: na-refund ang {total}. Ipini-print ang resibo. Esc para sa susunod na customer.</translation>
    </message>
    <message>
        <source>Waiting for a manager: request {id} is in the override queue. The answer appears here by itself.</source>
        <translation>Naghihintay sa manager: nasa pila ng override ang kahilingan {id}. Kusang lalabas dito ang sagot.</translation>
    </message>
    <message>
        <source>Approved by {decided_by}: {decision_reason}. Press F10 to complete the return.</source>
        <translation>Inaprubahan ni {decided_by}: {decision_reason}. Pindutin ang F10 para tapusin ang balik.</translation>
    </message>
    <message>
        <source>Refused by {manager}: {reason}</source>
        <translation>Tinanggihan ni {manager}: {reason}</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>isang manager</translation>
    </message>
    <message>
        <source>For an exchange, refund the return as store credit first.</source>
        <translation>Para sa exchange, i-refund muna ang balik bilang store credit.</translation>
    </message>
    <message>
        <source>Exchange done: new receipt {receipt}.</source>
        <translation>Tapos ang exchange: bagong resibo {receipt}.</translation>
    </message>
    <message>
        <source>The customer paid {amount} by {payment}.</source>
        <translation>Nagbayad ang customer ng {amount} sa {payment}.</translation>
    </message>
    <message>
        <source>{amount} stays on voucher {voucher}.</source>
        <translation>{amount} ang matitira sa voucher {voucher}.</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>Salamat: naitala ang {score}/5.</translation>
    </message>
    <message>
        <source>Press Esc again to put this receipt away. Nothing has been refunded.</source>
        <translation>Pindutin muli ang Esc para isara ang resibong ito. Walang na-refund.</translation>
    </message>
</context>
<context>
    <name>ServiceDeskScreen</name>
    <message>
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation>Bagong kaso  (Ctrl+N)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Aking mga kaso</translation>
    </message>
    <message>
        <source>Today's follow-ups</source>
        <translation>Mga follow-up ngayong araw</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Hanapin sa mga paksa</translation>
    </message>
    <message>
        <source>Pick a case to see its timeline.</source>
        <translation>Pumili ng kaso para makita ang timeline nito.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Itala ang contact</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Naghihintay sa customer</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Ilipat</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Itaas</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>Nakasulat na sagot</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lutasin</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Feedback ng customer</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>lutasin</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>bagong kaso</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Mga kaso</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mga attachment</translation>
    </message>
    <message>
        <source>The case's timeline</source>
        <translation>Timeline ng kaso</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Mga attachment ({count})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Nabuksan ang {name}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priyoridad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>Loyalty ID</translation>
    </message>
    <message>
        <source>Name (no loyalty ID)</source>
        <translation>Pangalan (walang loyalty ID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <source>Item (scan its barcode, or its SKU)</source>
        <translation>Item (i-scan ang barcode, o ang SKU)</translation>
    </message>
    <message>
        <source>Return (its document number)</source>
        <translation>Return (numero ng dokumento)</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Ang sinasabi ng customer</translation>
    </message>
    <message>
        <source>Make them a customer (loyalty ID)</source>
        <translation>Gawin silang customer (loyalty ID)</translation>
    </message>
    <message>
        <source>Solved now, at the counter</source>
        <translation>Nalutas na ngayon, sa counter</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>Nabuksan ang kaso.</translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation>Naitala ang contact.</translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation>itala ang isang contact</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direksyon</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Waiting on the customer: the clock stops.</source>
        <translation>Naghihintay sa customer: tumitigil ang orasan.</translation>
    </message>
    <message>
        <source>Transferred to {department}; you stay responsible.</source>
        <translation>Inilipat sa {department}; ikaw pa rin ang responsable.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>ilipat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>Naitaas.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>itaas</translation>
    </message>
    <message>
        <source>Resolved; a follow-up call is scheduled.</source>
        <translation>Nalutas; naka-iskedyul ang follow-up call.</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>Paano ito nalutas</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>Naitala ang follow-up.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>hindi makontak</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>follow-up call</translation>
    </message>
    <message>
        <source>The customer says</source>
        <translation>Sabi ng customer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>Salamat: naitala ang {score}/5.</translation>
    </message>
    <message>
        <source>written reply</source>
        <translation>nakasulat na sagot</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Ipadala sa</translation>
    </message>
    <message>
        <source>Extra text</source>
        <translation>Dagdag na teksto</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Naipadala ang sagot.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Store settings</source>
        <translation>Settings ng tindahan</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>walang logo</translation>
    </message>
    <message>
        <source>Choose a PNG…</source>
        <translation>Pumili ng PNG…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Alisin ang logo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Pangalan ng tindahan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Language (receipts, sentences)</source>
        <translation>Wika (resibo, mga pangungusap)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Receipt header lines</source>
        <translation>Mga linya sa itaas ng resibo</translation>
    </message>
    <message>
        <source>Receipt footer lines</source>
        <translation>Mga linya sa ibaba ng resibo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>What every receipt of this store prints, and the language its customers hear. A currency changes only before the store's first sale.</source>
        <translation>Ang inilalimbag ng bawat resibo ng tindahang ito, at ang wikang naririnig ng mga customer nito. Ang currency ay napapalitan lang bago ang unang benta ng tindahan.</translation>
    </message>
    <message>
        <source>a logo of {size} bytes</source>
        <translation>logo na {size} byte</translation>
    </message>
    <message>
        <source>The store's logo</source>
        <translation>Ang logo ng tindahan</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Mga PNG na larawan (*.png)</translation>
    </message>
    <message>
        <source>no logo (saved with Save)</source>
        <translation>walang logo (nai-save sa I-save)</translation>
    </message>
    <message>
        <source>Saved. Receipts print it from now on; a new language shows on this station's screens at its next start.</source>
        <translation>Nai-save. Ito na ang ilalimbag ng mga resibo; ang bagong wika ay lalabas sa screen ng istasyong ito sa susunod na pagbukas.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>ReturnDesk: first-run setup</source>
        <translation>ReturnDesk: first-run setup</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>Sine-set up ang database…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your staff ID and PIN</source>
        <translation>Mag-sign in gamit ang iyong staff ID at PIN</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>Ang bago mong PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ulitin ang bagong PIN</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Binubuksan ang database…</translation>
    </message>
    <message>
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Naka-lock habang wala si {name}: mag-sign in para magpatuloy</translation>
    </message>
    <message>
        <source>Welcome, {name}: choose your own PIN (4 to 12 digits). The one you were given works only once.</source>
        <translation>Maligayang pagdating, {name}: pumili ng sarili mong PIN (4 hanggang 12 digit). Isang beses lang gumagana ang ibinigay sa iyo.</translation>
    </message>
    <message>
        <source>The two PINs differ: type your new PIN twice.</source>
        <translation>Magkaiba ang dalawang PIN: i-type nang dalawang beses ang bago mong PIN.</translation>
    </message>
    <message>
        <source>Save my PIN and sign in</source>
        <translation>I-save ang PIN ko at mag-sign in</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>deactivated</source>
        <translation>na-deactivate</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>naka-lock</translation>
    </message>
    <message>
        <source>one-time PIN: chooses their own</source>
        <translation>one-time PIN: pipili ng sarili</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktibo</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Magdagdag ng tao</translation>
    </message>
    <message>
        <source>One-time PIN</source>
        <translation>One-time PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Palitan ang role</translation>
    </message>
    <message>
        <source>Change store</source>
        <translation>Palitan ang tindahan</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>I-deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>I-activate muli</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>magdagdag ng tao</translation>
    </message>
    <message>
        <source>Staff ID (as on the badge)</source>
        <translation>Staff ID (gaya sa badge)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Home store</translation>
    </message>
    <message>
        <source>change role</source>
        <translation>palitan ang role</translation>
    </message>
    <message>
        <source>change store</source>
        <translation>palitan ang tindahan</translation>
    </message>
    <message>
        <source>{name} ({code}): one-time PIN {pin}. Give it to them in person: they choose their own when they first sign in.</source>
        <translation>{name} ({code}): one-time PIN {pin}. Ibigay nang personal: pipili sila ng sarili pag unang nag-sign in.</translation>
    </message>
    <message>
        <source>Saved: {name} ({code}).</source>
        <translation>Nai-save: {name} ({code}).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ReturnDesk cannot start</source>
        <translation>Hindi makapagsimula ang ReturnDesk</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>This station</source>
        <translation>Ang station na ito</translation>
    </message>
    <message>
        <source>The store and register codes are printed in every receipt's barcode.</source>
        <translation>Ang store at register code ay nakalimbag sa barcode ng bawat resibo.</translation>
    </message>
    <message>
        <source>e.g. Main Street (for a new store)</source>
        <translation>hal. Main Street (para sa bagong tindahan)</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Pangalan ng tindahan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>VisitsPresenter</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>⚑ TOO LONG</source>
        <translation>⚑ MASYADONG MATAGAL</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>naghihintay</translation>
    </message>
    <message>
        <source>Ticket {ticket} for {name}</source>
        <translation>Tiket {ticket} para kay {name}</translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation>Tiket {ticket}</translation>
    </message>
</context>
</TS>