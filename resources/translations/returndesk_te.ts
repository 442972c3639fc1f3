<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="te">
<context>
    <name />
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///path.db or postgresql+psycopg://...)</source>
        <translation>ఇది డేటాబేస్ చిరునామా కాదు: {url!r} (sqlite:///path.db లేదా postgresql+psycopg://... కావాలి)</translation>
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation>మద్దతు లేని డేటాబేస్ {backend!r}: sqlite:/// లేదా postgresql+psycopg:// వాడండి</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: create it first, or check the database URL</source>
        <translation>{folder} ఫోల్డర్ లేదు: ముందుగా దాన్ని సృష్టించండి, లేదా డేటాబేస్ URL ను తనిఖీ చేయండి</translation>
    </message>
    <message>
        <source>the database file {path} is damaged ({problem}): restore the latest backup (returndesk db restore FILE, docs/deploying.md)</source>
        <translation>డేటాబేస్ ఫైల్ {path} పాడైంది ({problem}): తాజా బ్యాకప్‌ను పునరుద్ధరించండి (returndesk db restore FILE, docs/deploying.md)</translation>
    </message>
    <message>
        <source>local file {path}</source>
        <translation>స్థానిక ఫైల్ {path}</translation>
    </message>
    <message>
        <source>shared server {host}/{database}</source>
        <translation>షేర్డ్ సర్వర్ {host}/{database}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ఈ కంప్యూటర్</translation>
    </message>
    <message>
        <source>{host}/{database}</source>
        <translation>{host}/{database}</translation>
    </message>
    <message>
        <source>the disk holding the database ({where}) is full: nothing was written; ask IT to free space, then try again</source>
        <translation>డేటాబేస్ ఉన్న డిస్క్ ({where}) నిండిపోయింది: ఏదీ రాయలేదు; స్థలం ఖాళీ చేయమని IT ని అడిగి, మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>cannot reach the database {where}: {detail}</source>
        <translation>డేటాబేస్ {where} ను చేరుకోలేకపోతున్నాం: {detail}</translation>
    </message>
    <message>
        <source>another counter is holding the database; try again</source>
        <translation>మరో కౌంటర్ డేటాబేస్‌ను పట్టుకుని ఉంది; మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>the database has no ReturnDesk schema yet: run `returndesk db upgrade`</source>
        <translation>డేటాబేస్‌లో ఇంకా ReturnDesk స్కీమా లేదు: `returndesk db upgrade` అమలు చేయండి</translation>
    </message>
    <message>
        <source>the database schema ({revision}) is older than this program ({head}): run `returndesk db upgrade`</source>
        <translation>డేటాబేస్ స్కీమా ({revision}) ఈ ప్రోగ్రామ్ ({head}) కంటే పాతది: `returndesk db upgrade` అమలు చేయండి</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>అమ్మకపు రసీదు</translation>
    </message>
    <message>
        <source>return</source>
        <translation>రిటర్న్ రసీదు</translation>
    </message>
    <message>
        <source>store-credit voucher</source>
        <translation>స్టోర్ క్రెడిట్ వోచర్</translation>
    </message>
    <message>
        <source>gift receipt</source>
        <translation>గిఫ్ట్ రసీదు</translation>
    </message>
    <message>
        <source>store code must be 4 digits, got {store!r}</source>
        <translation>స్టోర్ కోడ్ 4 అంకెలు ఉండాలి, వచ్చింది {store!r}</translation>
    </message>
    <message>
        <source>register code must be 2 digits, got {register!r}</source>
        <translation>కౌంటర్ కోడ్ 2 అంకెలు ఉండాలి, వచ్చింది {register!r}</translation>
    </message>
    <message>
        <source>sequence {sequence} is outside 1..99999999</source>
        <translation>క్రమ సంఖ్య {sequence} 1..99999999 పరిధిలో లేదు</translation>
    </message>
    <message>
        <source>no code was scanned or typed</source>
        <translation>ఏ కోడ్ కూడా స్కాన్ చేయలేదు లేదా టైప్ చేయలేదు</translation>
    </message>
    <message>
        <source>a receipt code has digits only; {code!r} contains {bad!r}</source>
        <translation>రసీదు కోడ్‌లో అంకెలు మాత్రమే ఉంటాయి; {code!r} లో {bad!r} ఉంది</translation>
    </message>
    <message>
        <source>a receipt code has 16 digits; {code!r} has {count}</source>
        <translation>రసీదు కోడ్‌లో 16 అంకెలు ఉంటాయి; {code!r} లో {count} ఉన్నాయి</translation>
    </message>
    <message>
        <source>check digit of {code} does not match (misread or mistyped code)</source>
        <translation>{code} చెక్ డిజిట్ సరిపోలలేదు (కోడ్ తప్పుగా చదవబడింది లేదా టైప్ చేయబడింది)</translation>
    </message>
    <message>
        <source>{code} is not a ReturnDesk document (kind {kind})</source>
        <translation>{code} ReturnDesk పత్రం కాదు (రకం {kind})</translation>
    </message>
    <message>
        <source>{code} has sequence 0, which is never issued</source>
        <translation>{code} క్రమ సంఖ్య 0, ఇది ఎప్పుడూ జారీ చేయబడదు</translation>
    </message>
    <message>
        <source>Returns with a receipt are accepted within {days} days of purchase, counted in the store's calendar ({timezone}).</source>
        <translation>రసీదుతో రిటర్న్‌లు కొన్న {days} రోజులలోపు స్వీకరిస్తాం, స్టోర్ క్యాలెండర్ ({timezone}) ప్రకారం లెక్కిస్తాం.</translation>
    </message>
    <message>
        <source>Defective items: {days} days.</source>
        <translation>లోపం ఉన్న వస్తువులు: {days} రోజులు.</translation>
    </message>
    <message>
        <source>Receipts from other stores of the chain are honoured.</source>
        <translation>చైన్‌లోని ఇతర స్టోర్‌ల రసీదులు స్వీకరిస్తాం.</translation>
    </message>
    <message>
        <source>Only receipts from this store are accepted.</source>
        <translation>ఈ స్టోర్ రసీదులు మాత్రమే స్వీకరిస్తాం.</translation>
    </message>
    <message>
        <source>{category}: final sale, not returnable.</source>
        <translation>{category}: ఫైనల్ సేల్, తిరిగి ఇవ్వలేరు.</translation>
    </message>
    <message>
        <source>{category}: {days} days.</source>
        <translation>{category}: {days} రోజులు.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee when opened.</source>
        <translation>{category}: తెరిచి ఉంటే {fee} రీస్టాకింగ్ ఫీజు.</translation>
    </message>
    <message>
        <source>{category}: a {fee} restocking fee, always.</source>
        <translation>{category}: ఎప్పుడూ {fee} రీస్టాకింగ్ ఫీజు.</translation>
    </message>
    <message>
        <source>{category}: the serial number must match the receipt.</source>
        <translation>{category}: సీరియల్ నంబర్ రసీదుతో సరిపోలాలి.</translation>
    </message>
    <message>
        <source>Members of the {tier} tier get {days} extra days on every window.</source>
        <translation>{tier} టైర్ సభ్యులకు ప్రతి గడువుపై {days} అదనపు రోజులు.</translation>
    </message>
    <message>
        <source>Holiday purchases from {start} to {end} can be returned until {until}.</source>
        <translation>{start} నుండి {end} వరకు పండుగ కొనుగోళ్లను {until} వరకు తిరిగి ఇవ్వవచ్చు.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the lowest price of the last {days} days.</source>
        <translation>రసీదు లేకపోతే: గత {days} రోజులలోని అతి తక్కువ ధరకు స్టోర్ క్రెడిట్‌గా రీఫండ్.</translation>
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the current price.</source>
        <translation>రసీదు లేకపోతే: ప్రస్తుత ధరకు స్టోర్ క్రెడిట్‌గా రీఫండ్.</translation>
    </message>
    <message>
        <source>Without a receipt, the customer shows a photo ID.</source>
        <translation>రసీదు లేకపోతే, కస్టమర్ ఫోటో ID చూపించాలి.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {count} returns per customer in 365 days.</source>
        <translation>రసీదు లేకపోతే: 365 రోజులలో ఒక్కో కస్టమర్‌కు గరిష్ఠంగా {count} రిటర్న్‌లు.</translation>
    </message>
    <message>
        <source>Without a receipt: at most {amount} per customer in 365 days.</source>
        <translation>రసీదు లేకపోతే: 365 రోజులలో ఒక్కో కస్టమర్‌కు గరిష్ఠంగా {amount}.</translation>
    </message>
    <message>
        <source>Returns without a receipt are not accepted.</source>
        <translation>రసీదు లేని రిటర్న్‌లు స్వీకరించము.</translation>
    </message>
    <message>
        <source>Cash refunds over {amount} need a manager.</source>
        <translation>{amount} కంటే ఎక్కువ నగదు రీఫండ్‌కు మేనేజర్ అనుమతి అవసరం.</translation>
    </message>
    <message>
        <source>A manager may override: {codes}.</source>
        <translation>మేనేజర్ వీటికి మినహాయింపు ఇవ్వవచ్చు: {codes}.</translation>
    </message>
    <message>
        <source>Service desk: written contacts are answered within {hours} business hours; a follow-up call {days} days after a case is solved.</source>
        <translation>సేవా డెస్క్: రాతపూర్వక సంప్రదింపులకు {hours} పని గంటలలోపు సమాధానం; కేసు పరిష్కరించిన {days} రోజుల తర్వాత ఫాలో-అప్ కాల్.</translation>
    </message>
    <message>
        <source>On every receipt: “{footer}”</source>
        <translation>ప్రతి రసీదుపై: “{footer}”</translation>
    </message>
    <message>
        <source>receipt printer {host}:{port} did not take the job: {error}</source>
        <translation>రసీదు ప్రింటర్ {host}:{port} పనిని స్వీకరించలేదు: {error}</translation>
    </message>
    <message>
        <source>receipt printer {path} did not take the job: {error}</source>
        <translation>రసీదు ప్రింటర్ {path} పనిని స్వీకరించలేదు: {error}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>{path} సేవ్ చేయలేకపోయాం: {reason}</translation>
    </message>
    <message>
        <source>printer {setting!r}: an ESC/POS printer takes ?mode=text|raster|auto and &amp;drawer=on|off</source>
        <translation>ప్రింటర్ {setting!r}: ESC/POS ప్రింటర్ ?mode=text|raster|auto మరియు &amp;drawer=on|off తీసుకుంటుంది</translation>
    </message>
    <message>
        <source>paper {paper!r}: expected one of {papers}</source>
        <translation>కాగితం {paper!r}: వీటిలో ఒకటి కావాలి {papers}</translation>
    </message>
    <message>
        <source>printer {setting!r}: port {port} is out of range</source>
        <translation>ప్రింటర్ {setting!r}: పోర్ట్ {port} పరిధిలో లేదు</translation>
    </message>
    <message>
        <source>printer {setting!r}: expected pdf, system[:NAME], escpos://HOST[:PORT] or escpos-device://PATH</source>
        <translation>ప్రింటర్ {setting!r}: pdf, system[:NAME], escpos://HOST[:PORT] లేదా escpos-device://PATH కావాలి</translation>
    </message>
    <message>
        <source>a PIN has 4 to 12 digits</source>
        <translation>PIN లో 4 నుండి 12 అంకెలు ఉంటాయి</translation>
    </message>
    <message>
        <source>this database does not record which PIN pepper it was set up with, so no PIN can be checked; ask IT (docs/deploying.md)</source>
        <translation>ఈ డేటాబేస్ ఏ PIN పెప్పర్‌తో సెటప్ చేయబడిందో నమోదు చేయలేదు, కాబట్టి ఏ PIN నూ తనిఖీ చేయలేము; IT ని అడగండి (docs/deploying.md)</translation>
    </message>
    <message>
        <source>this station's PIN pepper differs from the one the database was set up with; ask IT to install the chain's pepper file (docs/deploying.md)</source>
        <translation>ఈ స్టేషన్ PIN పెప్పర్ డేటాబేస్ సెటప్ చేసినప్పటి దానికి భిన్నంగా ఉంది; చైన్ పెప్పర్ ఫైల్‌ను ఇన్‌స్టాల్ చేయమని IT ని అడగండి (docs/deploying.md)</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role}: this is for managers and admins</source>
        <translation>{name} ({code}) ఒక {role}: ఇది మేనేజర్లు మరియు అడ్మిన్‌ల కోసం</translation>
    </message>
    <message>
        <source>{code} has a one-time PIN: choose your own first (`returndesk pin --staff {code}`, or sign in at a counter)</source>
        <translation>{code} కు ఒకసారి వాడే PIN ఉంది: ముందుగా మీ స్వంత PIN ఎంచుకోండి (`returndesk pin --staff {code}`, లేదా కౌంటర్‌లో సైన్ ఇన్ చేయండి)</translation>
    </message>
    <message>
        <source>choose a PIN that is harder to guess than {pin}</source>
        <translation>{pin} కంటే ఊహించడానికి కష్టమైన PIN ఎంచుకోండి</translation>
    </message>
    <message>
        <source>the new PIN must differ from the one you were given</source>
        <translation>కొత్త PIN మీకు ఇచ్చినదానికి భిన్నంగా ఉండాలి</translation>
    </message>
    <message>
        <source>{name} ({code}) signs in once to choose their own PIN before approving anything</source>
        <translation>{name} ({code}) ఏదైనా ఆమోదించే ముందు ఒకసారి సైన్ ఇన్ చేసి సొంత PIN ఎంచుకోవాలి</translation>
    </message>
    <message>
        <source>{name} ({code}) is a {role} and cannot approve overrides</source>
        <translation>{name} ({code}) ఒక {role}, మినహాయింపులను ఆమోదించలేరు</translation>
    </message>
    <message>
        <source>a manager cannot approve an override on their own return</source>
        <translation>మేనేజర్ తమ సొంత రిటర్న్‌పై మినహాయింపును ఆమోదించలేరు</translation>
    </message>
    <message>
        <source>{name} ({code}) approves for their own store, not for store {store}</source>
        <translation>{name} ({code}) తమ స్వంత స్టోర్ కోసం ఆమోదిస్తారు, స్టోర్ {store} కోసం కాదు</translation>
    </message>
    <message>
        <source>store {store_code} is not in this database (check the station's store setting)</source>
        <translation>స్టోర్ {store_code} ఈ డేటాబేస్‌లో లేదు (స్టేషన్ స్టోర్ సెట్టింగ్ చూడండి)</translation>
    </message>
    <message>
        <source>this database has no store yet: run `returndesk demo seed` or the first-run setup</source>
        <translation>ఈ డేటాబేస్‌లో ఇంకా స్టోర్ లేదు: `returndesk demo seed` లేదా మొదటి సెటప్ అమలు చేయండి</translation>
    </message>
    <message>
        <source>register {register_code} is not set up for store {store_code}</source>
        <translation>స్టోర్ {store_code} కోసం కౌంటర్ {register_code} సెటప్ చేయలేదు</translation>
    </message>
    <message>
        <source>wrong staff ID or PIN; after {count} wrong PINs in a row an ID is locked for {minutes} minutes</source>
        <translation>తప్పు స్టాఫ్ ID లేదా PIN; వరుసగా {count} తప్పు PIN ల తర్వాత ID {minutes} నిమిషాలు లాక్ అవుతుంది</translation>
    </message>
    <message>
        <source>type your staff ID</source>
        <translation>మీ సిబ్బంది ID టైప్ చేయండి</translation>
    </message>
    <message>
        <source>the customer's name, please</source>
        <translation>దయచేసి కస్టమర్ పేరు</translation>
    </message>
    <message>
        <source>a phone number or an email address, so we can get back to them</source>
        <translation>ఫోన్ నంబర్ లేదా ఇమెయిల్ చిరునామా, తద్వారా మేము వారిని సంప్రదించగలం</translation>
    </message>
    <message>
        <source>a customer with phone {phone} exists: find them instead</source>
        <translation>ఫోన్ {phone} తో కస్టమర్ ఇప్పటికే ఉన్నారు: వారిని వెతకండి</translation>
    </message>
    <message>
        <source>no service case {case_id}</source>
        <translation>సేవా కేసు {case_id} లేదు</translation>
    </message>
    <message>
        <source>case {number} belongs to another store</source>
        <translation>కేసు {number} మరో స్టోర్‌కు చెందినది</translation>
    </message>
    <message>
        <source>{what}: one of {choices}, not {value!r}</source>
        <translation>{what}: {choices} లో ఒకటి, {value!r} కాదు</translation>
    </message>
    <message>
        <source>subject: say in a few words what the case is about</source>
        <translation>విషయం: కేసు దేని గురించో కొన్ని మాటల్లో చెప్పండి</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {customer_code}</source>
        <translation>లాయల్టీ ID {customer_code} తో కస్టమర్ లేరు</translation>
    </message>
    <message>
        <source>no sale {receipt} in this database</source>
        <translation>ఈ డేటాబేస్‌లో అమ్మకం {receipt} లేదు</translation>
    </message>
    <message>
        <source>no return {code} in this database</source>
        <translation>ఈ డేటాబేస్‌లో రిటర్న్ {code} లేదు</translation>
    </message>
    <message>
        <source>no product {code}: scan the barcode on the item or type its SKU</source>
        <translation>ఉత్పత్తి {code} లేదు: వస్తువుపై బార్‌కోడ్‌ను స్కాన్ చేయండి లేదా దాని SKU టైప్ చేయండి</translation>
    </message>
    <message>
        <source>summary: what was said, in a sentence</source>
        <translation>సారాంశం: ఏమి మాట్లాడారో, ఒక వాక్యంలో</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>నిమిషాలు రుణాత్మకం కాకూడదు</translation>
    </message>
    <message>
        <source>case {number} is {status}</source>
        <translation>కేసు {number} స్థితి {status}</translation>
    </message>
    <message>
        <source>say why the case goes up a level</source>
        <translation>కేసును పై స్థాయికి ఎందుకు పంపుతున్నారో చెప్పండి</translation>
    </message>
    <message>
        <source>case {number} is already with the manager</source>
        <translation>కేసు {number} ఇప్పటికే మేనేజర్ వద్ద ఉంది</translation>
    </message>
    <message>
        <source>department: one of {departments}</source>
        <translation>విభాగం: {departments} లో ఒకటి</translation>
    </message>
    <message>
        <source>say how it was solved</source>
        <translation>ఎలా పరిష్కరించారో చెప్పండి</translation>
    </message>
    <message>
        <source>case {number} is already {status}</source>
        <translation>కేసు {number} ఇప్పటికే {status}</translation>
    </message>
    <message>
        <source>case {number} is {status}; follow-ups are for resolved cases</source>
        <translation>కేసు {number} స్థితి {status}; ఫాలో-అప్‌లు పరిష్కరించిన కేసులకు మాత్రమే</translation>
    </message>
    <message>
        <source>score: 1 (very unhappy) to 5 (very happy)</source>
        <translation>స్కోర్: 1 (చాలా అసంతృప్తి) నుండి 5 (చాలా సంతృప్తి)</translation>
    </message>
    <message>
        <source>score: 1 to 5</source>
        <translation>స్కోర్: 1 నుండి 5</translation>
    </message>
    <message>
        <source>no return {return_id}</source>
        <translation>రిటర్న్ {return_id} లేదు</translation>
    </message>
    <message>
        <source>no attachment {id}</source>
        <translation>అటాచ్‌మెంట్ {id} లేదు</translation>
    </message>
    <message>
        <source>{name} was removed {day}: the store keeps customers' files for a time after the case closes</source>
        <translation>{name} {day}న తొలగించబడింది: కేసు మూసిన తర్వాత కొంత కాలం మాత్రమే స్టోర్ కస్టమర్ల ఫైళ్లను ఉంచుతుంది</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone or loyalty ID</source>
        <translation>పేరు, ఫోన్ లేదా లాయల్టీ ID లోని కనీసం రెండు అక్షరాలు లేదా అంకెలు టైప్ చేయండి</translation>
    </message>
    <message>
        <source>no customer with loyalty ID {code}</source>
        <translation>లాయల్టీ ID {code} తో కస్టమర్ లేరు</translation>
    </message>
    <message>
        <source>this customer belongs to another chain</source>
        <translation>ఈ కస్టమర్ మరో చైన్‌కు చెందినవారు</translation>
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone, loyalty ID or receipt</source>
        <translation>పేరు, ఫోన్, లాయల్టీ ID లేదా రసీదులోని కనీసం రెండు అక్షరాలు లేదా అంకెలు టైప్ చేయండి</translation>
    </message>
    <message>
        <source>{used} of {most} returns, {value} of {most_value} in the last 365 days</source>
        <translation>గత 365 రోజులలో {most} లో {used} రిటర్న్‌లు, {most_value} లో {value}</translation>
    </message>
    <message>
        <source>no {kind} {doc} in this database (store {store}, register {register})</source>
        <translation>ఈ డేటాబేస్‌లో {kind} {doc} లేదు (స్టోర్ {store}, కౌంటర్ {register})</translation>
    </message>
    <message>
        <source>Store-credit voucher {voucher}: balance {balance}. It is spent as a tender at the till.</source>
        <translation>స్టోర్ క్రెడిట్ వోచర్ {voucher}: బ్యాలెన్స్ {balance}. దీనిని కౌంటర్ వద్ద చెల్లింపుగా వాడతారు.</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; a gift receipt is made from a sale receipt</source>
        <translation>{doc} ఒక {kind}; గిఫ్ట్ రసీదు అమ్మకపు రసీదు నుండి తయారవుతుంది</translation>
    </message>
    <message>
        <source>no sale {doc} in this database</source>
        <translation>ఈ డేటాబేస్‌లో అమ్మకం {doc} లేదు</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a store-credit voucher</source>
        <translation>{doc} ఒక {kind}, స్టోర్ క్రెడిట్ వోచర్ కాదు</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc} in this database</source>
        <translation>ఈ డేటాబేస్‌లో స్టోర్ క్రెడిట్ వోచర్ {doc} లేదు</translation>
    </message>
    <message>
        <source>The database cannot be reached: {error}. What you entered is kept; try again.</source>
        <translation>డేటాబేస్‌ను చేరుకోలేకపోతున్నాం: {error}. మీరు నమోదు చేసింది భద్రంగా ఉంది; మళ్లీ ప్రయత్నించండి.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. What you entered is kept; try again.</source>
        <translation>డేటాబేస్‌తో కనెక్షన్ తెగిపోయింది. మీరు నమోదు చేసింది భద్రంగా ఉంది; మళ్లీ ప్రయత్నించండి.</translation>
    </message>
    <message>
        <source>The database refused the request. What you entered is kept; try again or call IT.</source>
        <translation>డేటాబేస్ అభ్యర్థనను తిరస్కరించింది. మీరు నమోదు చేసింది భద్రంగా ఉంది; మళ్లీ ప్రయత్నించండి లేదా IT కి కాల్ చేయండి.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). What you entered is kept; call IT if it happens again.</source>
        <translation>ఏదో తప్పు జరిగింది ({error}). మీరు నమోదు చేసింది భద్రంగా ఉంది; మళ్లీ జరిగితే IT కి కాల్ చేయండి.</translation>
    </message>
    <message>
        <source>ReturnDesk cannot open its database: {error}. Check the network and the station's db_url (`returndesk config show`).</source>
        <translation>ReturnDesk తన డేటాబేస్‌ను తెరవలేకపోయింది: {error}. నెట్‌వర్క్‌ను, స్టేషన్ db_url ను చూడండి (`returndesk config show`).</translation>
    </message>
    <message>
        <source>kind: one of {kinds}</source>
        <translation>రకం: {kinds} లో ఒకటి</translation>
    </message>
    <message>
        <source>a store credit or a discount needs an amount</source>
        <translation>స్టోర్ క్రెడిట్ లేదా డిస్కౌంట్‌కు మొత్తం అవసరం</translation>
    </message>
    <message>
        <source>say what the gesture is (for example: sent flowers)</source>
        <translation>సద్భావన చర్య ఏమిటో చెప్పండి (ఉదాహరణకు: పూలు పంపాం)</translation>
    </message>
    <message>
        <source>say why the customer deserves it</source>
        <translation>కస్టమర్ దీనికి ఎందుకు అర్హులో చెప్పండి</translation>
    </message>
    <message>
        <source>no case {case_number} at this store</source>
        <translation>ఈ స్టోర్‌లో కేసు {case_number} లేదు</translation>
    </message>
    <message>
        <source>no goodwill gesture {gesture_id}</source>
        <translation>సద్భావన చర్య {gesture_id} లేదు</translation>
    </message>
    <message>
        <source>goodwill gesture {gesture_id} was already {status}</source>
        <translation>సద్భావన చర్య {gesture_id} ఇప్పటికే {status}</translation>
    </message>
    <message>
        <source>this gesture belongs to another store</source>
        <translation>ఈ సద్భావన చర్య మరో స్టోర్‌కు చెందినది</translation>
    </message>
    <message>
        <source>{name} has given {given} of goodwill this month; this would pass the {limit} limit (ask another manager or the store manager)</source>
        <translation>{name} ఈ నెలలో ఇప్పటికే {given} సద్భావనగా ఇచ్చారు; ఇది {limit} పరిమితిని దాటుతుంది (మరో మేనేజర్‌ను లేదా స్టోర్ మేనేజర్‌ను అడగండి)</translation>
    </message>
    <message>
        <source>this return does not need a manager's override</source>
        <translation>ఈ రిటర్న్‌కు మేనేజర్ మినహాయింపు అవసరం లేదు</translation>
    </message>
    <message>
        <source>no override request {request_id}</source>
        <translation>మినహాయింపు అభ్యర్థన {request_id} లేదు</translation>
    </message>
    <message>
        <source>say why: the reason is kept with the override</source>
        <translation>కారణం చెప్పండి: కారణం మినహాయింపుతో పాటు భద్రపరచబడుతుంది</translation>
    </message>
    <message>
        <source>override request {request_id} belongs to another store</source>
        <translation>మినహాయింపు అభ్యర్థన {request_id} మరో స్టోర్‌కు చెందినది</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status} by {who}</source>
        <translation>మినహాయింపు అభ్యర్థన {request_id} ఇప్పటికే {who} ద్వారా {status}</translation>
    </message>
    <message>
        <source>override request {request_id} was already {status}</source>
        <translation>మినహాయింపు అభ్యర్థన {request_id} ఇప్పటికే {status}</translation>
    </message>
    <message>
        <source>store {store_code} has no return policy installed: run `returndesk policy install FILE`</source>
        <translation>స్టోర్ {store_code} లో రిటర్న్ విధానం ఇన్‌స్టాల్ కాలేదు: `returndesk policy install FILE` అమలు చేయండి</translation>
    </message>
    <message>
        <source>{doc} is the receipt of a return without a sale receipt; nothing to return from it</source>
        <translation>{doc} అమ్మకపు రసీదు లేని రిటర్న్ రసీదు; దీని నుండి తిరిగి ఇవ్వడానికి ఏమీ లేదు</translation>
    </message>
    <message>
        <source>{doc} is a {kind}, not a receipt: use it as a tender</source>
        <translation>{doc} ఒక {kind}, రసీదు కాదు: దీనిని చెల్లింపుగా వాడండి</translation>
    </message>
    <message>
        <source>a POS reference is STORE/REGISTER/TRANSACTION/YYYY-MM-DD, not {text}</source>
        <translation>POS రిఫరెన్స్ STORE/REGISTER/TRANSACTION/YYYY-MM-DD రూపంలో ఉంటుంది, {text} కాదు</translation>
    </message>
    <message>
        <source>no sale with POS reference {ref} in this database (imported yet?)</source>
        <translation>ఈ డేటాబేస్‌లో POS రిఫరెన్స్ {ref} ఉన్న అమ్మకం లేదు (ఇంపోర్ట్ చేశారా?)</translation>
    </message>
    <message>
        <source>scan the item's barcode or type its SKU</source>
        <translation>వస్తువు బార్‌కోడ్ స్కాన్ చేయండి లేదా దాని SKU టైప్ చేయండి</translation>
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation>బార్‌కోడ్ లేదా SKU {code!r} తో ఉత్పత్తి లేదు</translation>
    </message>
    <message>
        <source>{code} is neither a ReturnDesk receipt nor a receipt of the store's POS ({layouts}): scan it again or type the digits under the barcode</source>
        <translation>{code} ReturnDesk రసీదు కాదు, స్టోర్ POS రసీదు కూడా కాదు ({layouts}): మళ్ళీ స్కాన్ చేయండి లేదా బార్‌కోడ్ కింద ఉన్న అంకెలను టైప్ చేయండి</translation>
    </message>
    <message>
        <source>scan the item's barcode or type part of its name</source>
        <translation>వస్తువు బార్‌కోడ్ స్కాన్ చేయండి లేదా దాని పేరులో కొంత భాగం టైప్ చేయండి</translation>
    </message>
    <message>
        <source>only a manager can change the canned answers</source>
        <translation>సిద్ధంగా ఉన్న సమాధానాలను మేనేజర్ మాత్రమే మార్చగలరు</translation>
    </message>
    <message>
        <source>an answer needs a title and a text</source>
        <translation>సమాధానానికి శీర్షిక మరియు పాఠ్యం అవసరం</translation>
    </message>
    <message>
        <source>no canned answer {answer_id}</source>
        <translation>సిద్ధ సమాధానం {answer_id} లేదు</translation>
    </message>
    <message>
        <source>no mail server is set up for this station (smtp_host); ask IT, or print a letter</source>
        <translation>ఈ స్టేషన్‌కు మెయిల్ సర్వర్ సెటప్ చేయలేదు (smtp_host); IT ని అడగండి, లేదా లేఖ ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>the mail server {host}:{port} did not take the reply ({error}); it is kept as a draft</source>
        <translation>మెయిల్ సర్వర్ {host}:{port} సమాధానాన్ని స్వీకరించలేదు ({error}); దీనిని డ్రాఫ్ట్‌గా ఉంచాం</translation>
    </message>
    <message>
        <source>template: one of {templates}</source>
        <translation>టెంప్లేట్: {templates} లో ఒకటి</translation>
    </message>
    <message>
        <source>a written reply goes by email or letter</source>
        <translation>రాతపూర్వక సమాధానం ఇమెయిల్ లేదా లేఖ ద్వారా వెళ్తుంది</translation>
    </message>
    <message>
        <source>the customer has no email address on file: print a letter instead</source>
        <translation>కస్టమర్ ఇమెయిల్ చిరునామా నమోదులో లేదు: బదులుగా లేఖ ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>no reply {reply_id}</source>
        <translation>సమాధానం {reply_id} లేదు</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>పరిధి మొదలయ్యే ముందే ముగుస్తుంది</translation>
    </message>
    <message>
        <source>a report covers at most three years</source>
        <translation>ఒక నివేదిక గరిష్ఠంగా మూడు సంవత్సరాలు కవర్ చేస్తుంది</translation>
    </message>
    <message>
        <source>no store {store}</source>
        <translation>స్టోర్ {store} లేదు</translation>
    </message>
    <message>
        <source>reports are for managers: {name} is a {role}</source>
        <translation>నివేదికలు మేనేజర్ల కోసం: {name} ఒక {role}</translation>
    </message>
    <message>
        <source>report: one of {reports}</source>
        <translation>నివేదిక: {reports} లో ఒకటి</translation>
    </message>
    <message>
        <source>{name} ({code}) sees the reports of their own store, not of store {store}</source>
        <translation>{name} ({code}) తమ స్వంత స్టోర్ నివేదికలను చూస్తారు, స్టోర్ {store} వి కాదు</translation>
    </message>
    <message>
        <source>the connection to the database was lost; nothing was refunded. Try again: the same request will not refund twice</source>
        <translation>డేటాబేస్‌తో కనెక్షన్ తెగిపోయింది; ఏమీ రీఫండ్ కాలేదు. మళ్లీ ప్రయత్నించండి: అదే అభ్యర్థన రెండుసార్లు రీఫండ్ చేయదు</translation>
    </message>
    <message>
        <source>receipt {doc_id} was paid in {currency}; this store refunds in {code}</source>
        <translation>రసీదు {doc_id} {currency} లో చెల్లించబడింది; ఈ స్టోర్ {code} లో రీఫండ్ చేస్తుంది</translation>
    </message>
    <message>
        <source>customer.id: no customer with loyalty ID {code}</source>
        <translation>customer.id: లాయల్టీ ID {code} తో కస్టమర్ లేరు</translation>
    </message>
    <message>
        <source>sale {doc_id} was voided on the till after it was rung up: nothing on it can be returned</source>
        <translation>అమ్మకం {doc_id} నమోదైన తర్వాత కౌంటర్‌లో రద్దు చేయబడింది: దానిలో ఏదీ తిరిగి ఇవ్వలేరు</translation>
    </message>
    <message>
        <source>line {line} is sold by the piece: return a whole number, not {qty}</source>
        <translation>లైన్ {line} ఒక్కొక్కటిగా అమ్మబడుతుంది: పూర్ణ సంఖ్య ఇవ్వండి, {qty} కాదు</translation>
    </message>
    <message>
        <source>idempotency_key {idempotency_key!r} was already used for a different request (return {return_id})</source>
        <translation>idempotency_key {idempotency_key!r} ఇప్పటికే మరో అభ్యర్థనకు వాడబడింది (రిటర్న్ {return_id})</translation>
    </message>
    <message>
        <source>override.request_id: no override request {override_request_id} at this store</source>
        <translation>override.request_id: ఈ స్టోర్‌లో మినహాయింపు అభ్యర్థన {override_request_id} లేదు</translation>
    </message>
    <message>
        <source>override request {request} was asked for at another counter or by another clerk; only they complete it</source>
        <translation>ఓవర్‌రైడ్ అభ్యర్థన {request} వేరే కౌంటర్ నుండి లేదా వేరే క్లర్క్ అడిగారు; వారే దాన్ని పూర్తి చేయాలి</translation>
    </message>
    <message>
        <source>override request {request} is {status}, not approved</source>
        <translation>మినహాయింపు అభ్యర్థన {request} స్థితి {status}, ఆమోదించలేదు</translation>
    </message>
    <message>
        <source>override request {request} was approved for a different return</source>
        <translation>మినహాయింపు అభ్యర్థన {request} మరో రిటర్న్ కోసం ఆమోదించబడింది</translation>
    </message>
    <message>
        <source>override request {request} does not cover {codes}</source>
        <translation>మినహాయింపు అభ్యర్థన {request} లో {codes} లేవు</translation>
    </message>
    <message>
        <source>a refund to {kind} needs the original sale</source>
        <translation>{kind} కి రీఫండ్‌కు అసలు అమ్మకం అవసరం</translation>
    </message>
    <message>
        <source>the sale's {kind} tenders cannot take back {left} more (already refunded)</source>
        <translation>అమ్మకపు {kind} చెల్లింపుల నుండి మరో {left} రీఫండ్ చేయలేము (ఇప్పటికే రీఫండ్ అయింది)</translation>
    </message>
    <message>
        <source>scan the item the customer takes instead</source>
        <translation>కస్టమర్ బదులుగా తీసుకునే వస్తువును స్కాన్ చేయండి</translation>
    </message>
    <message>
        <source>quantities start at 1</source>
        <translation>పరిమాణాలు 1 నుండి మొదలవుతాయి</translation>
    </message>
    <message>
        <source>{doc} is a {kind}; an exchange is paid with the return's voucher</source>
        <translation>{doc} ఒక {kind}; ఎక్స్ఛేంజ్ రిటర్న్ వోచర్‌తో చెల్లించబడుతుంది</translation>
    </message>
    <message>
        <source>the difference is paid by card or in cash</source>
        <translation>వ్యత్యాసాన్ని కార్డ్ లేదా నగదుతో చెల్లిస్తారు</translation>
    </message>
    <message>
        <source>the card's last 4 digits, as printed on the slip (never the whole number)</source>
        <translation>కార్డ్ చివరి 4 అంకెలు, స్లిప్‌పై ముద్రించినట్లు (పూర్తి నంబర్ ఎప్పుడూ కాదు)</translation>
    </message>
    <message>
        <source>search by the card's last 4 digits or by the loyalty ID</source>
        <translation>కార్డు చివరి 4 అంకెలతో లేదా లాయల్టీ IDతో వెతకండి</translation>
    </message>
    <message>
        <source>the first day comes before the last</source>
        <translation>మొదటి రోజు చివరి రోజు కంటే ముందు ఉండాలి</translation>
    </message>
    <message>
        <source>with a card, give the amount or dates at most {days} days apart</source>
        <translation>కార్డుతో అయితే మొత్తం లేదా {days} రోజులకు మించని తేదీలు ఇవ్వండి</translation>
    </message>
    <message>
        <source>exports at this chain are for a signed-in manager or admin: add --staff ID (an admin turned this on with `returndesk export guard on`)</source>
        <translation>ఈ చైన్‌లో ఎగుమతులు సైన్ ఇన్ చేసిన మేనేజర్ లేదా అడ్మిన్ కోసం మాత్రమే: --staff ID జోడించండి (అడ్మిన్ దీన్ని `returndesk export guard on` తో ఆన్ చేశారు)</translation>
    </message>
    <message>
        <source>unknown export format {format} (jsonl, csv, poslog)</source>
        <translation>తెలియని ఎగుమతి ఫార్మాట్ {format} (jsonl, csv, poslog)</translation>
    </message>
    <message>
        <source>a cursor is what the last export printed, such as r12.s3.v7, not {text}</source>
        <translation>కర్సర్ అంటే చివరి ఎగుమతి ముద్రించినది, r12.s3.v7 లాంటిది, {text} కాదు</translation>
    </message>
    <message>
        <source>the POS sale's reference, so the same redemption twice burns once</source>
        <translation>POS అమ్మకం రిఫరెన్స్, అదే వినియోగం ఒక్కసారే తగ్గించబడేలా</translation>
    </message>
    <message>
        <source>the amount is a number such as 12.34</source>
        <translation>మొత్తం 12.34 లాంటి సంఖ్య</translation>
    </message>
    <message>
        <source>reference {reference} already redeemed another amount or voucher</source>
        <translation>రిఫరెన్స్ {reference} ఇప్పటికే వేరే మొత్తానికి లేదా వోచర్‌కు వాడబడింది</translation>
    </message>
    <message>
        <source>voucher {voucher} has {balance} left</source>
        <translation>వోచర్ {voucher} లో {balance} మిగిలి ఉంది</translation>
    </message>
    <message>
        <source>no store-credit voucher {doc}</source>
        <translation>స్టోర్ క్రెడిట్ వోచర్ {doc} లేదు</translation>
    </message>
    <message>
        <source>the voucher is in {voucher_currency}; this store sells in {currency}</source>
        <translation>వోచర్ {voucher_currency} లో ఉంది; ఈ స్టోర్ {currency} లో అమ్ముతుంది</translation>
    </message>
    <message>
        <source>the new items cost {difference} more: the customer pays it by card or cash</source>
        <translation>కొత్త వస్తువులు {difference} ఎక్కువ: కస్టమర్ దానిని కార్డ్ లేదా నగదుతో చెల్లిస్తారు</translation>
    </message>
    <message>
        <source>the server address is a URL such as postgresql+psycopg://user@host:5432/returndesk</source>
        <translation>సర్వర్ చిరునామా postgresql+psycopg://user@host:5432/returndesk వంటి URL</translation>
    </message>
    <message>
        <source>store: four digits, as printed in the document IDs (e.g. 0001)</source>
        <translation>స్టోర్: నాలుగు అంకెలు, పత్రాల ID లలో ముద్రించినట్లు (ఉదా. 0001)</translation>
    </message>
    <message>
        <source>register: two digits (e.g. 01)</source>
        <translation>కౌంటర్: రెండు అంకెలు (ఉదా. 01)</translation>
    </message>
    <message>
        <source>time zone: {timezone!r} is not a known zone such as Europe/Vilnius</source>
        <translation>టైమ్ జోన్: {timezone!r} Asia/Kolkata వంటి తెలిసిన జోన్ కాదు</translation>
    </message>
    <message>
        <source>currency: {currency!r} is not an ISO currency code such as EUR</source>
        <translation>కరెన్సీ: {currency!r} INR వంటి ISO కరెన్సీ కోడ్ కాదు</translation>
    </message>
    <message>
        <source>the first admin needs a staff ID and a name</source>
        <translation>మొదటి అడ్మిన్‌కు సిబ్బంది ID మరియు పేరు అవసరం</translation>
    </message>
    <message>
        <source>the admin PIN has 6 to 12 digits</source>
        <translation>అడ్మిన్ PIN లో 6 నుండి 12 అంకెలు ఉంటాయి</translation>
    </message>
    <message>
        <source>the queue is busy; check the customer in again</source>
        <translation>క్యూ బిజీగా ఉంది; కస్టమర్‌ను మళ్లీ చెక్ ఇన్ చేయండి</translation>
    </message>
    <message>
        <source>no visit {visit_id} at this store</source>
        <translation>ఈ స్టోర్‌లో సందర్శన {visit_id} లేదు</translation>
    </message>
    <message>
        <source>ticket {ticket} is already being served</source>
        <translation>టికెట్ {ticket} ఇప్పటికే సేవ పొందుతోంది</translation>
    </message>
    <message>
        <source>no system printer {name!r}</source>
        <translation>సిస్టమ్ ప్రింటర్ {name!r} లేదు</translation>
    </message>
    <message>
        <source>this computer has no default printer</source>
        <translation>ఈ కంప్యూటర్‌కు డిఫాల్ట్ ప్రింటర్ లేదు</translation>
    </message>
    <message>
        <source>the printer {printer} could not start the job</source>
        <translation>ప్రింటర్ {printer} పనిని ప్రారంభించలేకపోయింది</translation>
    </message>
    <message>
        <source>this database already has staff: an admin adds people with `returndesk staff add`</source>
        <translation>ఈ డేటాబేస్‌లో ఇప్పటికే సిబ్బంది ఉన్నారు: అడ్మిన్ `returndesk staff add` తో చేరుస్తారు</translation>
    </message>
    <message>
        <source>staff ID {code} is taken (deactivated people keep theirs)</source>
        <translation>సిబ్బంది ID {code} ఇప్పటికే వాడుకలో ఉంది (నిష్క్రియం చేసినవారు తమ ID ఉంచుకుంటారు)</translation>
    </message>
    <message>
        <source>{email} is not a mail address</source>
        <translation>{email} ఇమెయిల్ చిరునామా కాదు</translation>
    </message>
    <message>
        <source>no staff member has ID {code}</source>
        <translation>ID {code} ఉన్న సిబ్బంది ఎవరూ లేరు</translation>
    </message>
    <message>
        <source>nobody changes their own role or store or deactivates themselves: ask another admin</source>
        <translation>ఎవరూ తమ పాత్ర లేదా స్టోర్ మార్చుకోరు, తమను తాము నిష్క్రియం చేసుకోరు: మరో అడ్మిన్‌ను అడగండి</translation>
    </message>
    <message>
        <source>only an admin manages managers and admins</source>
        <translation>మేనేజర్లను, అడ్మిన్లను అడ్మిన్ మాత్రమే నిర్వహిస్తారు</translation>
    </message>
    <message>
        <source>a manager manages the clerks of their own store ({store})</source>
        <translation>మేనేజర్ తమ స్టోర్ క్లర్కులను మాత్రమే నిర్వహిస్తారు ({store})</translation>
    </message>
    <message>
        <source>{role}s cannot manage staff: ask a manager</source>
        <translation>{role} సిబ్బందిని నిర్వహించలేరు: మేనేజర్‌ను అడగండి</translation>
    </message>
    <message>
        <source>choose your own PIN first</source>
        <translation>ముందుగా మీ సొంత PIN ఎంచుకోండి</translation>
    </message>
    <message>
        <source>{code} is the last active admin: make another admin first</source>
        <translation>{code} చివరి క్రియాశీల అడ్మిన్: ముందుగా మరో అడ్మిన్‌ను చేయండి</translation>
    </message>
    <message>
        <source>a role is clerk, manager or admin, not {role}</source>
        <translation>పాత్ర clerk, manager లేదా admin, {role} కాదు</translation>
    </message>
    <message>
        <source>a staff ID is 1 to 16 letters or digits, as badges print it</source>
        <translation>సిబ్బంది ID బ్యాడ్జ్‌పై ఉన్నట్టు 1 నుండి 16 అక్షరాలు లేదా అంకెలు</translation>
    </message>
    <message>
        <source>a person's name, up to 120 characters</source>
        <translation>వ్యక్తి పేరు, 120 అక్షరాల వరకు</translation>
    </message>
    <message>
        <source>store {code} is not in this database</source>
        <translation>స్టోర్ {code} ఈ డేటాబేస్‌లో లేదు</translation>
    </message>
    <message>
        <source>only a manager or an admin changes the store's settings</source>
        <translation>స్టోర్ సెట్టింగ్‌లను మేనేజర్ లేదా అడ్మిన్ మాత్రమే మారుస్తారు</translation>
    </message>
    <message>
        <source>unknown store setting {key} (known: {known})</source>
        <translation>తెలియని స్టోర్ సెట్టింగ్ {key} (తెలిసినవి: {known})</translation>
    </message>
    <message>
        <source>a manager changes their own store's settings ({store})</source>
        <translation>మేనేజర్ తమ స్టోర్ సెట్టింగ్‌లను మాత్రమే మారుస్తారు ({store})</translation>
    </message>
    <message>
        <source>store {store} has sales: its currency stays {currency}</source>
        <translation>స్టోర్ {store} లో అమ్మకాలు ఉన్నాయి: కరెన్సీ {currency} గానే ఉంటుంది</translation>
    </message>
    <message>
        <source>{key}: text</source>
        <translation>{key}: టెక్స్ట్</translation>
    </message>
    <message>
        <source>{key}: at most {length} characters</source>
        <translation>{key}: గరిష్టంగా {length} అక్షరాలు</translation>
    </message>
    <message>
        <source>{key}: at most {lines} lines of {length} characters</source>
        <translation>{key}: గరిష్టంగా {lines} లైన్లు, ఒక్కొక్కటి {length} అక్షరాలు</translation>
    </message>
    <message>
        <source>locale: {value!r} is not a language and country such as vi_VN</source>
        <translation>locale: {value!r} vi_VN లాంటి భాష మరియు దేశం కాదు</translation>
    </message>
    <message>
        <source>timezone: {value!r} is not a time zone such as Asia/Ho_Chi_Minh</source>
        <translation>timezone: {value!r} Asia/Ho_Chi_Minh లాంటి టైమ్ జోన్ కాదు</translation>
    </message>
    <message>
        <source>currency: {value!r} is not an ISO currency code such as VND</source>
        <translation>currency: {value!r} VND లాంటి ISO కరెన్సీ కోడ్ కాదు</translation>
    </message>
    <message>
        <source>logo: a PNG image</source>
        <translation>logo: ఒక PNG చిత్రం</translation>
    </message>
    <message>
        <source>logo: at most {size} KB</source>
        <translation>logo: గరిష్టంగా {size} KB</translation>
    </message>
    <message>
        <source>logo: the PNG is damaged</source>
        <translation>logo: PNG పాడైంది</translation>
    </message>
    <message>
        <source>the store's policy cannot be written in {currency}: {problem}. Install a policy written in {currency} first (`returndesk policy install FILE`)</source>
        <translation>స్టోర్ పాలసీని {currency} లో రాయలేము: {problem}. ముందుగా {currency} లో రాసిన పాలసీని ఇన్‌స్టాల్ చేయండి (`returndesk policy install FILE`)</translation>
    </message>
    <message>
        <source>--paper: expected one of {papers}</source>
        <translation>--paper: {papers} లో ఒకటి కావాలి</translation>
    </message>
    <message>
        <source>a {role} may not do this: ask a manager</source>
        <translation>{role} దీన్ని చేయలేరు: మేనేజర్‌ను అడగండి</translation>
    </message>
    <message>
        <source>{command} has no handler</source>
        <translation>{command} కు హ్యాండ్లర్ లేదు</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: టెక్స్ట్ కావాలి</translation>
    </message>
    <message>
        <source>{field}: contains a control character (a NUL byte, an escape...)</source>
        <translation>{field}: నియంత్రణ అక్షరం ఉంది (NUL బైట్, escape...)</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {length}</source>
        <translation>{field}: గరిష్టంగా {limit} అక్షరాలు, {length} కాదు</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: తప్పనిసరి</translation>
    </message>
    <message>
        <source>{what}: larger than {limit} MB</source>
        <translation>{what}: {limit} MB కంటే పెద్దది</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text (byte {position}): save it as UTF-8</source>
        <translation>{what} UTF-8 టెక్స్ట్ కాదు (బైట్ {position}): UTF-8 గా సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>{what} is nested {depth} levels deep; at most {limit}</source>
        <translation>{what} {depth} స్థాయిల లోతులో ఉంది; గరిష్టంగా {limit}</translation>
    </message>
    <message>
        <source>{what} is not valid JSON: {reason} at line {line}</source>
        <translation>{what} సరైన JSON కాదు: {reason}, లైన్ {line}</translation>
    </message>
    <message>
        <source>no notification {id}</source>
        <translation>నోటిఫికేషన్ {id} లేదు</translation>
    </message>
    <message>
        <source>return window (days)</source>
        <translation>రిటర్న్ గడువు (రోజులు)</translation>
    </message>
    <message>
        <source>window for defective items (days)</source>
        <translation>లోపమున్న వస్తువులకు గడువు (రోజులు)</translation>
    </message>
    <message>
        <source>restocking fee (%)</source>
        <translation>రీస్టాకింగ్ ఫీజు (%)</translation>
    </message>
    <message>
        <source>restocking fee charged</source>
        <translation>రీస్టాకింగ్ ఫీజు ఎప్పుడు</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>ఫైనల్ సేల్</translation>
    </message>
    <message>
        <source>extra days</source>
        <translation>అదనపు రోజులు</translation>
    </message>
    <message>
        <source>cash refund limit</source>
        <translation>నగదు రీఫండ్ పరిమితి</translation>
    </message>
    <message>
        <source>returns without a receipt per year</source>
        <translation>రసీదు లేకుండా సంవత్సరానికి రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>value without a receipt per year</source>
        <translation>రసీదు లేకుండా సంవత్సరానికి విలువ</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>ఫోటో ID అవసరం</translation>
    </message>
    <message>
        <source>refunded as</source>
        <translation>రీఫండ్ రూపం</translation>
    </message>
    <message>
        <source>price look-back (days)</source>
        <translation>ధర వెనుకచూపు (రోజులు)</translation>
    </message>
    <message>
        <source>returns from other stores</source>
        <translation>ఇతర స్టోర్ల నుండి రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>అనుమతించినవి</translation>
    </message>
    <message>
        <source>from</source>
        <translation>నుండి</translation>
    </message>
    <message>
        <source>to</source>
        <translation>వరకు</translation>
    </message>
    <message>
        <source>returnable until</source>
        <translation>తిరిగి ఇవ్వగలిగే చివరి తేదీ</translation>
    </message>
    <message>
        <source>price without a receipt</source>
        <translation>రసీదు లేని ధర</translation>
    </message>
    <message>
        <source>reminders every (minutes)</source>
        <translation>రిమైండర్లు ప్రతి (నిమిషాలు)</translation>
    </message>
    <message>
        <source>follow-up call after (days)</source>
        <translation>ఫాలో-అప్ కాల్ (రోజుల తర్వాత)</translation>
    </message>
    <message>
        <source>first answer within (business hours)</source>
        <translation>మొదటి సమాధానం (పని గంటల్లో)</translation>
    </message>
    <message>
        <source>solved within (business hours)</source>
        <translation>పరిష్కారం (పని గంటల్లో)</translation>
    </message>
    <message>
        <source>customers' files kept after closing (days)</source>
        <translation>మూసిన తర్వాత ఉంచే కస్టమర్ ఫైళ్లు (రోజులు)</translation>
    </message>
    <message>
        <source>alerts kept after taken (days)</source>
        <translation>తీసుకున్న తర్వాత ఉంచే హెచ్చరికలు (రోజులు)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>వర్గం</translation>
    </message>
    <message>
        <source>loyalty tier</source>
        <translation>లాయల్టీ స్థాయి</translation>
    </message>
    <message>
        <source>holiday returns</source>
        <translation>పండుగ రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>without a receipt</source>
        <translation>రసీదు లేకుండా</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>రీఫండ్‌లు</translation>
    </message>
    <message>
        <source>manager overrides</source>
        <translation>మేనేజర్ అనుమతులు</translation>
    </message>
    <message>
        <source>service desk</source>
        <translation>సర్వీస్ డెస్క్</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>నివేదికలు</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>సద్భావన</translation>
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
        <translation>ఏదీ లేదు</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>అవును</translation>
    </message>
    <message>
        <source>no</source>
        <translation>కాదు</translation>
    </message>
    <message>
        <source>{what}: {before} -&gt; {after}</source>
        <translation>{what}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>no policy {id}</source>
        <translation>విధానం {id} లేదు</translation>
    </message>
    <message>
        <source>scorecards are signed off by managers: {name} is a {role}</source>
        <translation>స్కోర్‌కార్డులను మేనేజర్లు ఆమోదిస్తారు: {name} ఒక {role}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>కాలం మొదలయ్యే ముందే ముగుస్తోంది</translation>
    </message>
    <message>
        <source>no staff member {code}</source>
        <translation>సిబ్బంది {code} లేరు</translation>
    </message>
    <message>
        <source>a scorecard is signed off by someone else than its owner</source>
        <translation>స్కోర్‌కార్డును దాని యజమాని కాకుండా వేరొకరు ఆమోదించాలి</translation>
    </message>
    <message>
        <source>{name} ({code}) reviews the people of their own store</source>
        <translation>{name} ({code}) తమ స్టోర్ సిబ్బందిని మాత్రమే సమీక్షిస్తారు</translation>
    </message>
    <message>
        <source>this scorecard is already signed off</source>
        <translation>ఈ స్కోర్‌కార్డు ఇప్పటికే ఆమోదించబడింది</translation>
    </message>
    <message>
        <source>this register has no offline copy yet (it is made while the shared database answers): nothing was refunded. Try again when the connection is back</source>
        <translation>ఈ రిజిస్టర్‌కు ఇంకా ఆఫ్‌లైన్ కాపీ లేదు (షేర్డ్ డేటాబేస్ స్పందిస్తున్నప్పుడు అది తయారవుతుంది): ఏదీ రీఫండ్ కాలేదు. కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>the shared database cannot be reached and this store's policy takes no returns offline: nothing was refunded. Try again when the connection is back</source>
        <translation>షేర్డ్ డేటాబేస్ అందుబాటులో లేదు, ఈ స్టోర్ విధానం ఆఫ్‌లైన్ రిటర్న్‌లను అంగీకరించదు: ఏదీ రీఫండ్ కాలేదు. కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>a receipt from another store needs the shared database: nothing was refunded. Try again when the connection is back</source>
        <translation>వేరే స్టోర్ రసీదుకు షేర్డ్ డేటాబేస్ అవసరం: ఏదీ రీఫండ్ కాలేదు. కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>a refund to {tender} needs the shared database: refund it as store credit, or try again when the connection is back</source>
        <translation>{tender}కు రీఫండ్‌కు షేర్డ్ డేటాబేస్ అవసరం: స్టోర్ క్రెడిట్‌గా రీఫండ్ చేయండి, లేదా కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>this register holds no offline allowance (it is granted while online): nothing was refunded. Try again when the connection is back</source>
        <translation>ఈ రిజిస్టర్‌కు ఆఫ్‌లైన్ పరిమితి లేదు (ఆన్‌లైన్‌లో ఉన్నప్పుడు ఇవ్వబడుతుంది): ఏదీ రీఫండ్ కాలేదు. కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>{refund} is more than this register may refund offline ({left} left of {granted}): nothing was refunded. Try again when the connection is back</source>
        <translation>{refund} ఈ రిజిస్టర్ ఆఫ్‌లైన్‌లో రీఫండ్ చేయగల దానికంటే ఎక్కువ ({granted}లో {left} మిగిలి ఉంది): ఏదీ రీఫండ్ కాలేదు. కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>a return without a receipt needs the shared database (its limits count every store's returns): nothing was refunded. Try again when the connection is back</source>
        <translation>రసీదు లేని రిటర్న్‌కు షేర్డ్ డేటాబేస్ అవసరం (దాని పరిమితులు అన్ని స్టోర్‌ల రిటర్న్‌లను లెక్కిస్తాయి): ఏదీ రీఫండ్ కాలేదు. కనెక్షన్ తిరిగి వచ్చాక మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>the offline journal of this register was changed after entry {seq} was written: nothing was synced. Call IT; the journal is kept as it is</source>
        <translation>ఈ రిజిస్టర్ ఆఫ్‌లైన్ జర్నల్‌లో ఎంట్రీ {seq} రాసిన తర్వాత మార్చబడింది: ఏదీ సింక్ కాలేదు. IT కి కాల్ చేయండి; జర్నల్ అలాగే ఉంచబడుతుంది</translation>
    </message>
    <message>
        <source>offline conflicts are settled by a manager: {name} is a {role}</source>
        <translation>ఆఫ్‌లైన్ వైరుధ్యాలను మేనేజర్ పరిష్కరిస్తారు: {name} ఒక {role}</translation>
    </message>
    <message>
        <source>no offline conflict {id} at this store</source>
        <translation>ఈ స్టోర్‌లో ఆఫ్‌లైన్ వైరుధ్యం {id} లేదు</translation>
    </message>
    <message>
        <source>offline conflict {id} is already settled</source>
        <translation>ఆఫ్‌లైన్ వైరుధ్యం {id} ఇప్పటికే పరిష్కరించబడింది</translation>
    </message>
    <message>
        <source>store {store}: a store code has 4 digits</source>
        <translation>స్టోర్ {store}: స్టోర్ కోడ్‌లో 4 అంకెలు ఉండాలి</translation>
    </message>
    <message>
        <source>{what} must be a PostgreSQL database: a chain replicates with PostgreSQL's logical replication</source>
        <translation>{what} PostgreSQL డేటాబేస్ అయి ఉండాలి: చైన్ PostgreSQL లాజికల్ రెప్లికేషన్‌తో ప్రతులు పంపుతుంది</translation>
    </message>
    <message>
        <source>HQ has no store {store}</source>
        <translation>ప్రధాన కార్యాలయంలో స్టోర్ {store} లేదు</translation>
    </message>
    <message>
        <source>receipt {doc} is from store {store}, and HQ's database, where other stores' receipts are found, cannot be reached: try again in a moment, or take the return without a receipt</source>
        <translation>రసీదు {doc} స్టోర్ {store}కి చెందినది, ఇతర స్టోర్‌ల రసీదులు దొరికే ప్రధాన కార్యాలయ డేటాబేస్ అందుబాటులో లేదు: కొద్దిసేపటి తర్వాత మళ్లీ ప్రయత్నించండి, లేదా రసీదు లేకుండా రిటర్న్ తీసుకోండి</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>మొదటి అడ్మినిస్ట్రేటర్</translation>
    </message>
    <message>
        <source>Needed when the database has no staff yet; staff of an existing database sign in with their own ID and PIN.</source>
        <translation>డేటాబేస్‌లో ఇంకా సిబ్బంది లేనప్పుడు అవసరం; ఇప్పటికే ఉన్న డేటాబేస్ సిబ్బంది తమ సొంత ID మరియు PIN తో సైన్ ఇన్ చేస్తారు.</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>సిబ్బంది ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>పేరు</translation>
    </message>
    <message>
        <source>PIN (6 to 12 digits)</source>
        <translation>PIN (6 నుండి 12 అంకెలు)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN మళ్లీ</translation>
    </message>
</context>
<context>
    <name>CasePresenter</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{total} లో {first}–{last}</translation>
    </message>
    <message>
        <source>{what} due {when}</source>
        <translation>{what} గడువు {when}</translation>
    </message>
    <message>
        <source>no target running</source>
        <translation>ఏ లక్ష్యమూ నడవడం లేదు</translation>
    </message>
    <message>
        <source>with {department}</source>
        <translation>{department} వద్ద</translation>
    </message>
    <message>
        <source>Case {number}: {subject}</source>
        <translation>కేసు {number}: {subject}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>కస్టమర్: {customer}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>బాధ్యులు: {owner}</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>రసీదు {receipt}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>లైన్ {line}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>సీరియల్ {serial}</translation>
    </message>
    <message>
        <source>Item: {product}</source>
        <translation>వస్తువు: {product}</translation>
    </message>
    <message>
        <source>Return {code}</source>
        <translation>రిటర్న్ {code}</translation>
    </message>
    <message>
        <source>Follow-up call due {day}</source>
        <translation>ఫాలో-అప్ కాల్ గడువు {day}</translation>
    </message>
    <message>
        <source>Solved on first contact</source>
        <translation>మొదటి సంప్రదింపులోనే పరిష్కారమైంది</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (తొలగించబడింది)</translation>
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
        <translation>{minutes} నిమి.</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>⚑ OVERDUE</source>
        <translation>⚑ గడువు దాటింది</translation>
    </message>
    <message>
        <source>◷ due soon</source>
        <translation>◷ త్వరలో గడువు</translation>
    </message>
    <message>
        <source>{what} due</source>
        <translation>{what} గడువు</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>new</source>
        <translation>కొత్తది</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>తెరిచినది</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>లోపం ఉన్నది</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>దెబ్బతిన్నది</translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation>మనసు మారింది</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>తప్పు సైజు</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>వర్ణించినట్లు లేదు</translation>
    </message>
    <message>
        <source>arrived damaged</source>
        <translation>దెబ్బతిని వచ్చింది</translation>
    </message>
    <message>
        <source>unwanted gift</source>
        <translation>అవసరం లేని బహుమతి</translation>
    </message>
    <message>
        <source>better price elsewhere</source>
        <translation>వేరే చోట తక్కువ ధర</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ఇతర</translation>
    </message>
    <message>
        <source>card</source>
        <translation>కార్డ్</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>గిఫ్ట్ కార్డ్</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>స్టోర్ క్రెడిట్</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>నగదు</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>డ్రైవింగ్ లైసెన్స్</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>పాస్‌పోర్ట్</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>జాతీయ గుర్తింపు కార్డ్</translation>
    </message>
    <message>
        <source>window expired</source>
        <translation>గడువు ముగిసింది</translation>
    </message>
    <message>
        <source>final sale</source>
        <translation>ఫైనల్ సేల్</translation>
    </message>
    <message>
        <source>more than is left to return</source>
        <translation>మిగిలిన దానికంటే ఎక్కువ</translation>
    </message>
    <message>
        <source>not on the receipt</source>
        <translation>రసీదులో లేదు</translation>
    </message>
    <message>
        <source>serial number differs</source>
        <translation>సీరియల్ నంబర్ వేరుగా ఉంది</translation>
    </message>
    <message>
        <source>restocking fee</source>
        <translation>రీస్టాకింగ్ ఫీజు</translation>
    </message>
    <message>
        <source>receipt from another store</source>
        <translation>మరో స్టోర్ రసీదు</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>రసీదు లేదు</translation>
    </message>
    <message>
        <source>no-receipt returns not accepted</source>
        <translation>రసీదు లేని రిటర్న్‌లు స్వీకరించము</translation>
    </message>
    <message>
        <source>photo ID required</source>
        <translation>ఫోటో ID అవసరం</translation>
    </message>
    <message>
        <source>no-receipt limit reached</source>
        <translation>రసీదు లేని రిటర్న్‌ల పరిమితి చేరింది</translation>
    </message>
    <message>
        <source>cash over the drawer limit</source>
        <translation>డ్రాయర్ పరిమితి కంటే ఎక్కువ నగదు</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>ఆమోదించు</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>తిరస్కరించు</translation>
    </message>
    <message>
        <source>needs a manager</source>
        <translation>మేనేజర్ అవసరం</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>పూర్తయింది</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>తిరస్కరించబడింది</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>పెండింగ్</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>ఆమోదించబడింది</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>తిరస్కరించబడింది</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>రద్దు చేయబడింది</translation>
    </message>
    <message>
        <source>used</source>
        <translation>వాడబడింది</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>డిస్కౌంట్</translation>
    </message>
    <message>
        <source>courtesy item</source>
        <translation>మర్యాద బహుమతి</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>సాంకేతిక సహాయం</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>ఫిర్యాదు</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>విచారణ</translation>
    </message>
    <message>
        <source>repair or warranty</source>
        <translation>మరమ్మత్తు లేదా వారంటీ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>తెరిచి ఉంది</translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <translation>కస్టమర్ కోసం వేచి ఉంది</translation>
    </message>
    <message>
        <source>waiting on a department</source>
        <translation>విభాగం కోసం వేచి ఉంది</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>పరిష్కరించబడింది</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>మూసివేయబడింది</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>అత్యవసరం</translation>
    </message>
    <message>
        <source>high</source>
        <translation>అధికం</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>సాధారణం</translation>
    </message>
    <message>
        <source>low</source>
        <translation>తక్కువ</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>నేరుగా వచ్చినవారు</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ఫోన్</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ఇమెయిల్</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>లేఖ</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>కస్టమర్ నుండి</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>కస్టమర్‌కు</translation>
    </message>
    <message>
        <source>service</source>
        <translation>సేవ</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>గిడ్డంగి</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>బిల్లింగ్</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>కౌంటర్</translation>
    </message>
    <message>
        <source>senior staff</source>
        <translation>సీనియర్ సిబ్బంది</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>మేనేజర్</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>మొదటి స్పందన</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>పరిష్కారం</translation>
    </message>
    <message>
        <source>acknowledge the case</source>
        <translation>కేసును ధృవీకరించు</translation>
    </message>
    <message>
        <source>ask for more information</source>
        <translation>మరింత సమాచారం అడుగు</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>క్లర్క్</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>అడ్మినిస్ట్రేటర్</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>గోల్డ్</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>సిల్వర్</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>ప్లాటినం</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>అసలు చెల్లింపు విధానానికి</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Due</source>
        <translation>గడువు</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>విషయం</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>కస్టమర్</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ప్రాధాన్యత</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>రకం</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>బాధ్యులు</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>స్థాయి</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>స్థితి</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>వేచి ఉన్నది ఎప్పటి నుండి</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>కౌంటర్</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>క్లర్క్</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>రసీదు</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>అవసరం</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>రీఫండ్</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>వస్తువు</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>మిగిలినవి</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>రిటర్న్</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>నిర్ణయం</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>పరిస్థితి</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>సీరియల్</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ధర</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>అమ్మినవి</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>తిరిగి వచ్చినవి</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>సిబ్బంది ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>పేరు</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>పాత్ర</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>స్టోర్</translation>
    </message>
    <message>
        <source>State</source>
        <translation>స్థితి</translation>
    </message>
</context>
<context>
    <name>CounterQueueScreen</name>
    <message>
        <source>Counter queue</source>
        <translation>కౌంటర్ క్యూ</translation>
    </message>
    <message>
        <source>Customer's name (optional), then Enter</source>
        <translation>కస్టమర్ పేరు (ఐచ్ఛికం), తర్వాత Enter</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>చెక్ ఇన్</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>వేచి ఉన్న కస్టమర్‌లు</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>టికెట్</translation>
    </message>
    <message>
        <source>name</source>
        <translation>పేరు</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>వేచి ఉన్నారు</translation>
    </message>
    <message>
        <source>served by</source>
        <translation>సేవ చేసినవారు</translation>
    </message>
    <message>
        <source>Serve next / selected</source>
        <translation>తర్వాతి వారికి / ఎంచుకున్నవారికి సేవ</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>వెళ్ళిపోయారు</translation>
    </message>
    <message>
        <source>Type the customer's name first, or press Check in for a ticket without one.</source>
        <translation>ముందుగా కస్టమర్ పేరు టైప్ చేయండి, లేదా పేరు లేని టికెట్ కోసం చెక్ ఇన్ నొక్కండి.</translation>
    </message>
</context>
<context>
    <name>CustomerPresenter</name>
    <message>
        <source>no scores yet</source>
        <translation>ఇంకా స్కోర్‌లు లేవు</translation>
    </message>
    <message>
        <source>{tier} member</source>
        <translation>{tier} సభ్యులు</translation>
    </message>
    <message>
        <source>satisfaction {average} (scores: {count})</source>
        <translation>సంతృప్తి {average} (స్కోర్‌లు: {count})</translation>
    </message>
    <message>
        <source>Purchases: {purchases} · Returns: {returns} · {scores}</source>
        <translation>కొనుగోళ్లు: {purchases} · రిటర్న్‌లు: {returns} · {scores}</translation>
    </message>
    <message>
        <source>Without a receipt: {history}</source>
        <translation>రసీదు లేకుండా: {history}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ఏమీ లేదు</translation>
    </message>
    <message>
        <source>Purchases ({count})</source>
        <translation>కొనుగోళ్లు ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>రిటర్న్‌లు ({count})</translation>
    </message>
    <message>
        <source>Service cases ({count})</source>
        <translation>సేవా కేసులు ({count})</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customers</source>
        <translation>కస్టమర్లు</translation>
    </message>
    <message>
        <source>Receipt, loyalty ID, phone or name</source>
        <translation>రసీదు, లాయల్టీ ID, ఫోన్ లేదా పేరు</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>దొరికిన కస్టమర్‌లు</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>చరిత్ర చూడటానికి కస్టమర్‌ను వెతకండి.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>రసీదు</translation>
    </message>
    <message>
        <source>date</source>
        <translation>తేదీ</translation>
    </message>
    <message>
        <source>store</source>
        <translation>స్టోర్</translation>
    </message>
    <message>
        <source>total</source>
        <translation>మొత్తం</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>లైన్లు</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>తిరిగి వచ్చినవి</translation>
    </message>
    <message>
        <source>return</source>
        <translation>రిటర్న్</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>రీఫండ్ చేసింది</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>కారణాలు</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>ఆమోదించినవారు</translation>
    </message>
    <message>
        <source>case</source>
        <translation>కేసు</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>విషయం</translation>
    </message>
    <message>
        <source>status</source>
        <translation>స్థితి</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>తెరిచిన తేదీ</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>కొనుగోళ్లు</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>సేవా కేసులు</translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation>సద్భావన చర్య</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>చరిత్రను ఎగుమతి చేయి</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>కస్టమర్ కనబడలేదు.</translation>
    </message>
    <message>
        <source>Amount: {error}</source>
        <translation>మొత్తం: {error}</translation>
    </message>
    <message>
        <source>Goodwill request {id} sent: a manager approves it on the Overrides screen.</source>
        <translation>సద్భావన అభ్యర్థన {id} పంపబడింది: మేనేజర్ దీనిని మినహాయింపుల స్క్రీన్‌లో ఆమోదిస్తారు.</translation>
    </message>
    <message>
        <source>goodwill gesture</source>
        <translation>సద్భావన చర్య</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>చర్య</translation>
    </message>
    <message>
        <source>Amount (credit, discount)</source>
        <translation>మొత్తం (క్రెడిట్, డిస్కౌంట్)</translation>
    </message>
    <message>
        <source>What (courtesy item, other)</source>
        <translation>ఏమిటి (మర్యాద బహుమతి, ఇతర)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ఎందుకు</translation>
    </message>
    <message>
        <source>Export the customer's history</source>
        <translation>కస్టమర్ చరిత్రను ఎగుమతి చేయి</translation>
    </message>
    <message>
        <source>Exported to {saved} (recorded in the audit log).</source>
        <translation>{saved} కి ఎగుమతి చేయబడింది (ఆడిట్ లాగ్‌లో నమోదైంది).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where does this station keep its data?</source>
        <translation>ఈ స్టేషన్ తన డేటాను ఎక్కడ ఉంచుతుంది?</translation>
    </message>
    <message>
        <source>On this computer only (a local database; nothing to set up)</source>
        <translation>ఈ కంప్యూటర్‌లో మాత్రమే (స్థానిక డేటాబేస్; సెటప్ అవసరం లేదు)</translation>
    </message>
    <message>
        <source>On the store's shared server (PostgreSQL): several counters, one database</source>
        <translation>స్టోర్ యొక్క షేర్డ్ సర్వర్‌లో (PostgreSQL): చాలా కౌంటర్లు, ఒకే డేటాబేస్</translation>
    </message>
    <message>
        <source>A demo store to try ReturnDesk (sample receipts and staff)</source>
        <translation>ReturnDesk ని ప్రయత్నించడానికి డెమో స్టోర్ (నమూనా రసీదులు మరియు సిబ్బంది)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</source>
        <translation>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</translation>
    </message>
    <message>
        <source>password (kept in a file only you can read)</source>
        <translation>పాస్‌వర్డ్ (మీరు మాత్రమే చదవగల ఫైల్‌లో ఉంచబడుతుంది)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>కనెక్షన్ పరీక్షించు</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>సర్వర్</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>పాస్‌వర్డ్</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>కనెక్ట్ అవుతోంది…</translation>
    </message>
    <message>
        <source>no stores yet</source>
        <translation>ఇంకా స్టోర్‌లు లేవు</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>స్కీమా {revision}</translation>
    </message>
    <message>
        <source>an empty database</source>
        <translation>ఖాళీ డేటాబేస్</translation>
    </message>
    <message>
        <source>Connected to {server}: {schema}; {stores}.</source>
        <translation>{server} కు కనెక్ట్ అయింది: {schema}; {stores}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>ReturnDesk: exchange</source>
        <translation>ReturnDesk: ఎక్స్ఛేంజ్</translation>
    </message>
    <message>
        <source>Scan the new item</source>
        <translation>కొత్త వస్తువును స్కాన్ చేయండి</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>చెల్లించాల్సింది ఏమీ లేదు</translation>
    </message>
    <message>
        <source>card's last 4 digits</source>
        <translation>కార్డ్ చివరి 4 అంకెలు</translation>
    </message>
    <message>
        <source>Complete the exchange</source>
        <translation>ఎక్స్ఛేంజ్ పూర్తి చేయి</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయి</translation>
    </message>
    <message>
        <source>Difference paid by</source>
        <translation>వ్యత్యాసం చెల్లించిన విధానం</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>కార్డ్</translation>
    </message>
    <message>
        <source>Store credit from this return: voucher {voucher}</source>
        <translation>ఈ రిటర్న్ నుండి స్టోర్ క్రెడిట్: వోచర్ {voucher}</translation>
    </message>
    <message>
        <source>Credit available: {amount}.</source>
        <translation>అందుబాటులో ఉన్న క్రెడిట్: {amount}.</translation>
    </message>
    <message>
        <source>New items {total}; the voucher pays {voucher}; the customer pays {difference}.</source>
        <translation>కొత్త వస్తువులు {total}; వోచర్ {voucher} చెల్లిస్తుంది; కస్టమర్ {difference} చెల్లిస్తారు.</translation>
    </message>
    <message>
        <source>New items {total}, paid by the voucher; {left} stays on the voucher.</source>
        <translation>కొత్త వస్తువులు {total}, వోచర్‌తో చెల్లించబడింది; వోచర్‌పై {left} మిగులుతుంది.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Very unhappy</source>
        <translation>చాలా అసంతృప్తి</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>అసంతృప్తి</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>పర్వాలేదు</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>సంతృప్తి</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>చాలా సంతృప్తి</translation>
    </message>
    <message>
        <source>ReturnDesk: how did we do?</source>
        <translation>ReturnDesk: మా సేవ ఎలా ఉంది?</translation>
    </message>
    <message>
        <source>How did we do today?</source>
        <translation>ఈ రోజు మా సేవ ఎలా ఉంది?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>మాకు చెప్పాలనుకున్నది ఏదైనా (ఐచ్ఛికం)</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>వద్దు, ధన్యవాదాలు</translation>
    </message>
</context>
<context>
    <name>FindSaleDialog</name>
    <message>
        <source>ReturnDesk: find the sale</source>
        <translation>ReturnDesk: అమ్మకాన్ని కనుగొనండి</translation>
    </message>
    <message>
        <source>POS store</source>
        <translation>POS స్టోర్</translation>
    </message>
    <message>
        <source>POS register</source>
        <translation>POS రిజిస్టర్</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>లావాదేవీ</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>వ్యాపార దినం</translation>
    </message>
    <message>
        <source>last 4 digits</source>
        <translation>చివరి 4 అంకెలు</translation>
    </message>
    <message>
        <source>Visa, Mastercard… (optional)</source>
        <translation>Visa, Mastercard… (ఐచ్ఛికం)</translation>
    </message>
    <message>
        <source>total paid (optional)</source>
        <translation>చెల్లించిన మొత్తం (ఐచ్ఛికం)</translation>
    </message>
    <message>
        <source>C…</source>
        <translation>C…</translation>
    </message>
    <message>
        <source>Card's last 4 digits</source>
        <translation>కార్డు చివరి 4 అంకెలు</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>కార్డు బ్రాండ్</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>మొత్తం</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>లాయల్టీ ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>నుండి</translation>
    </message>
    <message>
        <source>To</source>
        <translation>వరకు</translation>
    </message>
    <message>
        <source>The POS receipt's number</source>
        <translation>POS రసీదు సంఖ్య</translation>
    </message>
    <message>
        <source>No receipt: the card or the loyalty ID</source>
        <translation>రసీదు లేదు: కార్డు లేదా లాయల్టీ ID</translation>
    </message>
    <message>
        <source>Sales found</source>
        <translation>కనుగొన్న అమ్మకాలు</translation>
    </message>
    <message>
        <source>Find  (Enter)</source>
        <translation>వెతకండి  (Enter)</translation>
    </message>
    <message>
        <source>Open this sale</source>
        <translation>ఈ అమ్మకాన్ని తెరవండి</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>రద్దు  (Esc)</translation>
    </message>
    <message>
        <source>Looking up {ref}…</source>
        <translation>{ref} కోసం వెతుకుతోంది…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>వెతుకుతోంది…</translation>
    </message>
    <message>
        <source>store {store}</source>
        <translation>స్టోర్ {store}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} వస్తువులు</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 వస్తువు</translation>
    </message>
    <message>
        <source>{count} sales found: pick one with the arrows and press Enter.</source>
        <translation>{count} అమ్మకాలు దొరికాయి: బాణం కీలతో ఒకటి ఎంచుకుని Enter నొక్కండి.</translation>
    </message>
    <message>
        <source>1 sale found: press Enter to open it.</source>
        <translation>1 అమ్మకం దొరికింది: తెరవడానికి Enter నొక్కండి.</translation>
    </message>
    <message>
        <source>No sale matches. Check the dates, or ask for the receipt.</source>
        <translation>ఏ అమ్మకమూ సరిపోలలేదు. తేదీలు సరిచూడండి, లేదా రసీదు అడగండి.</translation>
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
        <translation>ReturnDesk: మేనేజర్ మినహాయింపు</translation>
    </message>
    <message>
        <source>A manager must approve: {codes}.</source>
        <translation>మేనేజర్ ఆమోదించాలి: {codes}.</translation>
    </message>
    <message>
        <source>Manager staff ID</source>
        <translation>మేనేజర్ సిబ్బంది ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>ఆమోదించు</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>తిరస్కరించు</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయి</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>మేనేజర్ ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <source>the manager's staff ID</source>
        <translation>మేనేజర్ స్టాఫ్ ID</translation>
    </message>
    <message>
        <source>their PIN</source>
        <translation>వారి PIN</translation>
    </message>
    <message>
        <source>why</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <source>Still needed: {what}.</source>
        <translation>ఇంకా కావాలి: {what}.</translation>
    </message>
    <message>
        <source>Refused by {decided_by}: {decision_reason}</source>
        <translation>{decided_by} తిరస్కరించారు: {decision_reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns</source>
        <translation>రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>Counter queue</source>
        <translation>కౌంటర్ క్యూ</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>మినహాయింపులు</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>సేవా డెస్క్</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>కస్టమర్లు</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>నివేదికలు</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>సూచిక</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>మళ్లీ ముద్రించు</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>సిబ్బంది</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>స్టోర్ సెట్టింగ్‌లు</translation>
    </message>
    <message>
        <source>☰ Screens</source>
        <translation>☰ స్క్రీన్‌లు</translation>
    </message>
    <message>
        <source>Show the list of screens</source>
        <translation>స్క్రీన్‌ల జాబితా చూపించు</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>స్క్రీన్‌లు</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>సైన్ ఇన్ కాలేదు</translation>
    </message>
    <message>
        <source>ReturnDesk: {store} (store {code}, register {register})</source>
        <translation>ReturnDesk: {store} (స్టోర్ {code}, కౌంటర్ {register})</translation>
    </message>
    <message>
        <source>{store} · store {code} · register {register}</source>
        <translation>{store} · స్టోర్ {code} · కౌంటర్ {register}</translation>
    </message>
    <message>
        <source>store {code} · register {register}</source>
        <translation>స్టోర్ {code} · కౌంటర్ {register}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>డేటాబేస్: {database}</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. This register goes on OFFLINE: returns with a receipt from this store, refunded as store credit or cash within the register's offline allowance. They are sent to the shared database as soon as it answers. Other screens wait for the connection.</source>
        <translation>షేర్డ్ డేటాబేస్ అందుబాటులో లేదు. ఈ రిజిస్టర్ ఆఫ్‌లైన్‌లో కొనసాగుతుంది: ఈ స్టోర్ రసీదుతో రిటర్న్‌లు, రిజిస్టర్ ఆఫ్‌లైన్ పరిమితిలో స్టోర్ క్రెడిట్ లేదా నగదుగా రీఫండ్. డేటాబేస్ స్పందించగానే అవి షేర్డ్ డేటాబేస్‌కు పంపబడతాయి. ఇతర స్క్రీన్‌లు కనెక్షన్ కోసం వేచి ఉంటాయి.</translation>
    </message>
    <message>
        <source>Back online: {count} offline returns sent to the shared database.</source>
        <translation>మళ్లీ ఆన్‌లైన్: {count} ఆఫ్‌లైన్ రిటర్న్‌లు షేర్డ్ డేటాబేస్‌కు పంపబడ్డాయి.</translation>
    </message>
    <message>
        <source>{count} of their lines were also returned at another register while offline: a manager settles them (Reports, Offline conflicts).</source>
        <translation>వాటిలో {count} లైన్‌లు ఆఫ్‌లైన్‌లో వేరే రిజిస్టర్‌లో కూడా రిటర్న్ అయ్యాయి: మేనేజర్ వాటిని పరిష్కరిస్తారు (నివేదికలు, ఆఫ్‌లైన్ వైరుధ్యాలు).</translation>
    </message>
    <message>
        <source>✖ OFFLINE · {count} to send</source>
        <translation>✖ ఆఫ్‌లైన్ · {count} పంపాలి</translation>
    </message>
    <message>
        <source>● connected · {count} to send</source>
        <translation>● కనెక్ట్ అయింది · {count} పంపాలి</translation>
    </message>
    <message>
        <source>ticket {ticket} ({name}), {minutes} min</source>
        <translation>టికెట్ {ticket} ({name}), {minutes} నిమి.</translation>
    </message>
    <message>
        <source>ticket {ticket}, {minutes} min</source>
        <translation>టికెట్ {ticket}, {minutes} నిమి.</translation>
    </message>
    <message>
        <source>⚑ Waiting too long at the counter: {waiting}</source>
        <translation>⚑ కౌంటర్ వద్ద చాలా సేపటి నుండి వేచి ఉన్నారు: {waiting}</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● కనెక్ట్ అయింది</translation>
    </message>
    <message>
        <source>✖ database unreachable</source>
        <translation>✖ డేటాబేస్ అందుబాటులో లేదు</translation>
    </message>
    <message>
        <source>Document {doc_id} did not print: {message}. The return is saved; reprint it from the Reprint screen when the printer is back.</source>
        <translation>పత్రం {doc_id} ప్రింట్ కాలేదు: {message}. రిటర్న్ సేవ్ అయింది; ప్రింటర్ మళ్లీ పనిచేసినప్పుడు మళ్లీ ముద్రించు స్క్రీన్ నుండి ప్రింట్ చేయండి.</translation>
    </message>
    <message>
        <source>{name} ({code}, {role})</source>
        <translation>{name} ({code}, {role})</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt.</source>
        <translation>{code} రసీదు కోడ్ కాదు (చెక్ డిజిట్‌తో 16 అంకెలు). రసీదు కింద ఉన్న బార్‌కోడ్ స్కాన్ చేయండి.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>సైన్ అవుట్</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Alerts</source>
        <translation>హెచ్చరికలు</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>నేను చూసుకుంటాను</translation>
    </message>
    <message>
        <source>I answer for it: the reminders stop</source>
        <translation>నేను బాధ్యత తీసుకుంటాను: గుర్తుచేతలు ఆగిపోతాయి</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>కేసును తెరవండి</translation>
    </message>
    <message>
        <source>⚑ Case {number} was escalated to your level: {subject}</source>
        <translation>⚑ కేసు {number} మీ స్థాయికి పంపబడింది: {subject}</translation>
    </message>
    <message>
        <source>◷ Case {number} is about to miss its target: {subject}</source>
        <translation>◷ కేసు {number} గడువు దాటబోతోంది: {subject}</translation>
    </message>
    <message>
        <source>⚑ Case {number} is overdue: {subject}</source>
        <translation>⚑ కేసు {number} గడువు దాటింది: {subject}</translation>
    </message>
    <message>
        <source>☎ Case {number}: the follow-up call is due: {subject}</source>
        <translation>☎ కేసు {number}: కస్టమర్‌కు తిరిగి కాల్ చేయాల్సిన సమయం: {subject}</translation>
    </message>
    <message>
        <source>✉ Case {number}: the customer wrote: {subject}</source>
        <translation>✉ కేసు {number}: కస్టమర్ రాశారు: {subject}</translation>
    </message>
    <message>
        <source>(and {count} more on the Service desk)</source>
        <translation>(సేవా డెస్క్‌లో ఇంకా {count})</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Approve</source>
        <translation>ఆమోదించు</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>తిరస్కరించు</translation>
    </message>
    <message>
        <source>Needs manager</source>
        <translation>మేనేజర్ అవసరం</translation>
    </message>
    <message>
        <source>Photo ID needed</source>
        <translation>ఫోటో గుర్తింపు కార్డు అవసరం</translation>
    </message>
</context>
<context>
    <name>OverrideQueueScreen</name>
    <message>
        <source>No requests are waiting.</source>
        <translation>ఏ అభ్యర్థనలూ వేచి లేవు.</translation>
    </message>
    <message>
        <source>Pick a request to see the case.</source>
        <translation>కేసును చూడటానికి ఒక అభ్యర్థనను ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>మీ PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>ఆమోదించు</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>తిరస్కరించు</translation>
    </message>
    <message>
        <source>Goodwill gestures asked for</source>
        <translation>అడిగిన సద్భావన చర్యలు</translation>
    </message>
    <message>
        <source>Approve gesture</source>
        <translation>చర్యను ఆమోదించు</translation>
    </message>
    <message>
        <source>Refuse gesture</source>
        <translation>చర్యను తిరస్కరించు</translation>
    </message>
    <message>
        <source>Override queue</source>
        <translation>మినహాయింపుల క్యూ</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>మేనేజర్ ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>వేచి ఉన్న అభ్యర్థనలు</translation>
    </message>
    <message>
        <source>Goodwill gestures waiting</source>
        <translation>వేచి ఉన్న సద్భావన చర్యలు</translation>
    </message>
    <message>
        <source>Say why you approve: the reason goes in the audit log.</source>
        <translation>మీరు ఎందుకు ఆమోదిస్తున్నారో చెప్పండి: కారణం ఆడిట్ లాగ్‌లో నమోదవుతుంది.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}: voucher {voucher} printing.</source>
        <translation>చర్య {id} {status}: వోచర్ {voucher} ప్రింట్ అవుతోంది.</translation>
    </message>
    <message>
        <source>Gesture {id} {status}.</source>
        <translation>చర్య {id} {status}.</translation>
    </message>
    <message>
        <source>Request {id} {status}.</source>
        <translation>అభ్యర్థన {id} {status}.</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Loyal customer</source>
        <translation>నమ్మకమైన కస్టమర్</translation>
    </message>
    <message>
        <source>Item clearly unused</source>
        <translation>వస్తువు స్పష్టంగా వాడలేదు</translation>
    </message>
    <message>
        <source>Store error at the sale</source>
        <translation>అమ్మకంలో స్టోర్ పొరపాటు</translation>
    </message>
    <message>
        <source>Manufacturer defect</source>
        <translation>తయారీదారు లోపం</translation>
    </message>
    <message>
        <source>Goodwill after a complaint</source>
        <translation>ఫిర్యాదు తర్వాత సద్భావన</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>no receipt</source>
        <translation>రసీదు లేదు</translation>
    </message>
</context>
<context>
    <name>PolicyChangeDialog</name>
    <message>
        <source>ReturnDesk: the return policy changed</source>
        <translation>ReturnDesk: రిటర్న్ విధానం మారింది</translation>
    </message>
    <message>
        <source>Store {store} has a new return policy (version {version}, installed {when} by {who}). What changed:</source>
        <translation>స్టోర్ {store} కు కొత్త రిటర్న్ విధానం ఉంది (వెర్షన్ {version}, {when} న {who} ఇన్‌స్టాల్ చేశారు). మారినవి:</translation>
    </message>
    <message>
        <source>What changed in the policy</source>
        <translation>విధానంలో మారినవి</translation>
    </message>
    <message>
        <source>I have read the changes</source>
        <translation>నేను మార్పులను చదివాను</translation>
    </message>
</context>
<context>
    <name>QueuePresenter</name>
    <message>
        <source>• line {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</source>
        <translation>• లైన్ {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>కారణం ఇవ్వలేదు</translation>
    </message>
    <message>
        <source>Request {id} from {clerk} at register {register}</source>
        <translation>కౌంటర్ {register} వద్ద {clerk} నుండి అభ్యర్థన {id}</translation>
    </message>
    <message>
        <source>Receipt {receipt}; needs {codes}</source>
        <translation>రసీదు {receipt}; అవసరం {codes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ఏమీ లేదు</translation>
    </message>
    <message>
        <source>Refund once approved: {amount}</source>
        <translation>ఆమోదించాక రీఫండ్: {amount}</translation>
    </message>
    <message>
        <source>#{id} {kind} {value} for {customer} ({clerk}): {what}</source>
        <translation>#{id} {customer} కోసం {kind} {value} ({clerk}): {what}</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>సూచిక</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>ప్రశ్నలు</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ప్రశ్న</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>సమాధానం</translation>
    </message>
    <message>
        <source>The answer staff give</source>
        <translation>సిబ్బంది ఇచ్చే సమాధానం</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>సమాధానం సేవ్ చేయి</translation>
    </message>
    <message>
        <source>New</source>
        <translation>కొత్తది</translation>
    </message>
    <message>
        <source>The return policy, in plain words</source>
        <translation>రిటర్న్ విధానం, సరళమైన మాటల్లో</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>సిద్ధంగా ఉన్న సమాధానాలు</translation>
    </message>
    <message>
        <source>{body}

(kept current by {updated_by})</source>
        <translation>{body}

({updated_by} తాజాగా ఉంచుతారు)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>సేవ్ అయింది.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>returns per day</source>
        <translation>రోజువారీ రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>returns by reason</source>
        <translation>కారణం వారీగా రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>returns by category</source>
        <translation>వర్గం వారీగా రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>returns by product</source>
        <translation>ఉత్పత్తి వారీగా రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>returns by staff</source>
        <translation>సిబ్బంది వారీగా రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>refunds by tender</source>
        <translation>చెల్లింపు విధానం వారీగా రీఫండ్‌లు</translation>
    </message>
    <message>
        <source>no-receipt returns</source>
        <translation>రసీదు లేని రిటర్న్‌లు</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>మినహాయింపులు</translation>
    </message>
    <message>
        <source>fraud signals</source>
        <translation>మోసం సంకేతాలు</translation>
    </message>
    <message>
        <source>cash by register</source>
        <translation>కౌంటర్ వారీగా నగదు</translation>
    </message>
    <message>
        <source>service desk KPIs</source>
        <translation>సేవా డెస్క్ KPI లు</translation>
    </message>
    <message>
        <source>goodwill</source>
        <translation>సద్భావన</translation>
    </message>
    <message>
        <source>counter waits per hour</source>
        <translation>గంట వారీగా కౌంటర్ వేచి ఉండే సమయం</translation>
    </message>
    <message>
        <source>repeat and one-time customers</source>
        <translation>మళ్లీ వచ్చే మరియు ఒక్కసారి కస్టమర్లు</translation>
    </message>
    <message>
        <source>who has read the newest policy</source>
        <translation>కొత్త విధానాన్ని ఎవరు చదివారు</translation>
    </message>
    <message>
        <source>staff scorecards</source>
        <translation>సిబ్బంది స్కోర్‌కార్డులు</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <translation>ఆఫ్‌లైన్ వైరుధ్యాలు</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>నివేదికలు</translation>
    </message>
    <message>
        <source>From</source>
        <translation>నుండి</translation>
    </message>
    <message>
        <source>To</source>
        <translation>వరకు</translation>
    </message>
    <message>
        <source>The report's rows</source>
        <translation>నివేదిక వరుసలు</translation>
    </message>
    <message>
        <source>End-of-day slip printed: {where}</source>
        <translation>రోజు ముగింపు స్లిప్ ముద్రించబడింది: {where}</translation>
    </message>
    <message>
        <source>The end-of-day slip did not print: {message}</source>
        <translation>రోజు ముగింపు స్లిప్ ముద్రించబడలేదు: {message}</translation>
    </message>
    <message>
        <source>every store</source>
        <translation>అన్ని స్టోర్‌లు</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>చూపించు</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV ఎగుమతి</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF ఎగుమతి</translation>
    </message>
    <message>
        <source>End-of-day register report</source>
        <translation>రోజు ముగింపు కౌంటర్ నివేదిక</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>నివేదిక</translation>
    </message>
    <message>
        <source>from</source>
        <translation>నుండి</translation>
    </message>
    <message>
        <source>to</source>
        <translation>వరకు</translation>
    </message>
    <message>
        <source>store</source>
        <translation>స్టోర్</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>ముందుగా ఒక నివేదికను చూపించండి.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>నివేదికను ఎగుమతి చేయి</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>{target} సేవ్ అయింది.</translation>
    </message>
</context>
<context>
    <name>ReprintScreen</name>
    <message>
        <source>Reprint and gift receipts</source>
        <translation>మళ్లీ ముద్రించు మరియు గిఫ్ట్ రసీదులు</translation>
    </message>
    <message>
        <source>Scan or type an ID</source>
        <translation>ID స్కాన్ లేదా టైప్ చేయండి</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>మళ్లీ ముద్రించు</translation>
    </message>
    <message>
        <source>Gift receipt for this sale</source>
        <translation>ఈ అమ్మకానికి గిఫ్ట్ రసీదు</translation>
    </message>
    <message>
        <source>{error}.</source>
        <translation>{error}.</translation>
    </message>
    <message>
        <source>Reprinting {code}…</source>
        <translation>{code} మళ్లీ ముద్రిస్తోంది…</translation>
    </message>
    <message>
        <source>Reprinted {code}: {where}</source>
        <translation>{code} మళ్లీ ముద్రించబడింది: {where}</translation>
    </message>
    <message>
        <source>The reprint of {code} did not print: {message}</source>
        <translation>{code} మళ్లీ ముద్రణ కాలేదు: {message}</translation>
    </message>
    <message>
        <source>Gift receipt {doc_id} made for this sale; printing.</source>
        <translation>ఈ అమ్మకానికి గిఫ్ట్ రసీదు {doc_id} తయారైంది; ప్రింట్ అవుతోంది.</translation>
    </message>
</context>
<context>
    <name>ReturnDraft</name>
    <message>
        <source>member {id}</source>
        <translation>సభ్యులు {id}</translation>
    </message>
    <message>
        <source>no loyalty ID yet</source>
        <translation>ఇంకా లాయల్టీ ID లేదు</translation>
    </message>
    <message>
        <source>{id_type} seen</source>
        <translation>{id_type} చూశారు</translation>
    </message>
    <message>
        <source>photo ID not checked yet</source>
        <translation>ఫోటో ID ఇంకా చూడలేదు</translation>
    </message>
    <message>
        <source>NO RECEIPT</source>
        <translation>రసీదు లేదు</translation>
    </message>
    <message>
        <source>refunded as store credit</source>
        <translation>స్టోర్ క్రెడిట్‌గా రీఫండ్</translation>
    </message>
    <message>
        <source>Receipt {id}</source>
        <translation>రసీదు {id}</translation>
    </message>
    <message>
        <source>store {code}</source>
        <translation>స్టోర్ {code}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>మొత్తం {amount}</translation>
    </message>
    <message>
        <source>POS {ref}</source>
        <translation>POS {ref}</translation>
    </message>
    <message>
        <source>GIFT RECEIPT: store credit only</source>
        <translation>గిఫ్ట్ రసీదు: స్టోర్ క్రెడిట్ మాత్రమే</translation>
    </message>
    <message>
        <source>scan each item's barcode, or type part of its name and Enter</source>
        <translation>ప్రతి వస్తువు బార్‌కోడ్ స్కాన్ చేయండి, లేదా దాని పేరులో కొంత భాగం టైప్ చేసి Enter</translation>
    </message>
    <message>
        <source>{tender} ending {last4}: {amount}</source>
        <translation>{tender} చివర {last4}: {amount}</translation>
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
        <translation>రసీదు కోడ్ స్కాన్ లేదా టైప్ చేయండి</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>తెరువు</translation>
    </message>
    <message>
        <source>No receipt  (F6)</source>
        <translation>రసీదు లేదు  (F6)</translation>
    </message>
    <message>
        <source>Find sale  (F4)</source>
        <translation>అమ్మకాన్ని కనుగొనండి  (F4)</translation>
    </message>
    <message>
        <source>The POS receipt's number typed in, or the card or loyalty ID</source>
        <translation>టైప్ చేసిన POS రసీదు సంఖ్య, లేదా కార్డు లేదా లాయల్టీ ID</translation>
    </message>
    <message>
        <source>Loyalty ID (C…)</source>
        <translation>లాయల్టీ ID (C…)</translation>
    </message>
    <message>
        <source>photo ID not checked</source>
        <translation>ఫోటో ID చూడలేదు</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>కస్టమర్</translation>
    </message>
    <message>
        <source>ID seen</source>
        <translation>చూసిన ID</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>ఏ రసీదూ తెరవలేదు</translation>
    </message>
    <message>
        <source>The receipt's lines</source>
        <translation>రసీదులోని అంశాలు</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>ప్రారంభించడానికి రసీదు స్కాన్ చేయండి</translation>
    </message>
    <message>
        <source>to the original payment</source>
        <translation>అసలు చెల్లింపు విధానానికి</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>స్టోర్ క్రెడిట్‌గా</translation>
    </message>
    <message>
        <source>Complete return  (F10)</source>
        <translation>రిటర్న్ పూర్తి చేయి  (F10)</translation>
    </message>
    <message>
        <source>Manager  F8</source>
        <translation>మేనేజర్  F8</translation>
    </message>
    <message>
        <source>A manager approves here, with their ID and PIN</source>
        <translation>మేనేజర్ తమ ID మరియు PIN తో ఇక్కడే ఆమోదిస్తారు</translation>
    </message>
    <message>
        <source>Queue  F9</source>
        <translation>క్యూ  F9</translation>
    </message>
    <message>
        <source>Send the return to the manager's override queue</source>
        <translation>రిటర్న్‌ను మేనేజర్ మినహాయింపుల క్యూకు పంపు</translation>
    </message>
    <message>
        <source>Next  Esc</source>
        <translation>తర్వాత  Esc</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>తర్వాతి కస్టమర్</translation>
    </message>
    <message>
        <source>Case  F7</source>
        <translation>కేసు  F7</translation>
    </message>
    <message>
        <source>Open a service case about this receipt</source>
        <translation>ఈ రసీదు గురించి సేవా కేసు తెరువు</translation>
    </message>
    <message>
        <source>Feedback  F11</source>
        <translation>అభిప్రాయం  F11</translation>
    </message>
    <message>
        <source>The customer scores the visit</source>
        <translation>కస్టమర్ సందర్శనకు స్కోర్ ఇస్తారు</translation>
    </message>
    <message>
        <source>Exchange  F12</source>
        <translation>ఎక్స్ఛేంజ్  F12</translation>
    </message>
    <message>
        <source>The customer takes another item, paid with this return's credit</source>
        <translation>కస్టమర్ మరో వస్తువు తీసుకుంటారు, ఈ రిటర్న్ క్రెడిట్‌తో చెల్లిస్తారు</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>రీఫండ్</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>  (final sale)</source>
        <translation>  (ఫైనల్ సేల్)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>అవసరం</translation>
    </message>
    <message>
        <source>sold {sold} · returned {returned} · price {price}</source>
        <translation>అమ్మినవి {sold} · తిరిగి వచ్చినవి {returned} · ధర {price}</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Scan or type the receipt code</source>
        <translation>రసీదు కోడ్ స్కాన్ లేదా టైప్ చేయండి</translation>
    </message>
    <message>
        <source>No receipt open</source>
        <translation>ఏ రసీదూ తెరవలేదు</translation>
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation>ప్రారంభించడానికి రసీదు స్కాన్ చేయండి</translation>
    </message>
    <message>
        <source>{error}. Scan it again or type the digits under the barcode.</source>
        <translation>{error}. మళ్లీ స్కాన్ చేయండి లేదా బార్‌కోడ్ కింద ఉన్న అంకెలు టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>Looking up the receipt…</source>
        <translation>రసీదు వెతుకుతోంది…</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt, or press F6 for a return without a receipt.</source>
        <translation>{code} రసీదు కోడ్ కాదు (చెక్ డిజిట్‌తో 16 అంకెలు). రసీదు కింద ఉన్న బార్‌కోడ్ స్కాన్ చేయండి, లేదా రసీదు లేని రిటర్న్ కోసం F6 నొక్కండి.</translation>
    </message>
    <message>
        <source>Scan the item, or type part of its name</source>
        <translation>వస్తువును స్కాన్ చేయండి, లేదా దాని పేరులో కొంత భాగం టైప్ చేయండి</translation>
    </message>
    <message>
        <source>No receipt: the store's no-receipt rules apply and the refund is store credit. Scan each item, then take the customer's loyalty ID and check a photo ID.</source>
        <translation>రసీదు లేదు: స్టోర్ యొక్క రసీదు లేని నియమాలు వర్తిస్తాయి, రీఫండ్ స్టోర్ క్రెడిట్‌గా ఉంటుంది. ప్రతి వస్తువును స్కాన్ చేయండి, తర్వాత కస్టమర్ లాయల్టీ ID తీసుకుని ఫోటో ID చూడండి.</translation>
    </message>
    <message>
        <source>No product matches {text!r}. Scan the barcode on the item or its tag.</source>
        <translation>{text!r} కు సరిపోయే ఉత్పత్తి లేదు. వస్తువుపై లేదా ట్యాగ్‌పై ఉన్న బార్‌కోడ్ స్కాన్ చేయండి.</translation>
    </message>
    <message>
        <source>ReturnDesk: which item?</source>
        <translation>ReturnDesk: ఏ వస్తువు?</translation>
    </message>
    <message>
        <source>Items matching {text!r}</source>
        <translation>{text!r} కు సరిపోయే వస్తువులు</translation>
    </message>
    <message>
        <source>Added {item}. Scan the next item, or check the decision.</source>
        <translation>{item} జోడించబడింది. తర్వాతి వస్తువును స్కాన్ చేయండి, లేదా నిర్ణయం చూడండి.</translation>
    </message>
    <message>
        <source>Paid: {tenders}</source>
        <translation>చెల్లించింది: {tenders}</translation>
    </message>
    <message>
        <source>case {number} ({status}): {subject}</source>
        <translation>కేసు {number} ({status}): {subject}</translation>
    </message>
    <message>
        <source>⚑ Open on this receipt: {cases}</source>
        <translation>⚑ ఈ రసీదుపై తెరిచి ఉన్నవి: {cases}</translation>
    </message>
    <message>
        <source>Pick the lines coming back: type the quantity in the Return column.</source>
        <translation>తిరిగి వస్తున్న లైన్లను ఎంచుకోండి: రిటర్న్ కాలమ్‌లో పరిమాణం టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation>ఈ రసీదులోని అన్నీ ఇప్పటికే తిరిగి వచ్చాయి.</translation>
    </message>
    <message>
        <source>Nothing picked yet</source>
        <translation>ఇంకా ఏమీ ఎంచుకోలేదు</translation>
    </message>
    <message>
        <source>{sign} APPROVE: refund {total}</source>
        <translation>{sign} ఆమోదం: {total} రీఫండ్</translation>
    </message>
    <message>
        <source>{sign} DENIED: nothing to refund</source>
        <translation>{sign} తిరస్కరణ: రీఫండ్ ఏమీ లేదు</translation>
    </message>
    <message>
        <source>{sign} NEEDS MANAGER before any refund</source>
        <translation>{sign} రీఫండ్‌కు ముందు మేనేజర్ అవసరం</translation>
    </message>
    <message>
        <source>Check the customer's photo ID and pick it under ID seen</source>
        <translation>కస్టమర్ ఫోటో ID ని తనిఖీ చేసి, చూసిన ID కింద ఎంచుకోండి</translation>
    </message>
    <message>
        <source>The sentence to read to the customer appears here.</source>
        <translation>కస్టమర్‌కు చదివి వినిపించాల్సిన వాక్యం ఇక్కడ కనిపిస్తుంది.</translation>
    </message>
    <message>
        <source>Refund to: {tenders}</source>
        <translation>రీఫండ్ దీనికి: {tenders}</translation>
    </message>
    <message>
        <source>Checking the decision… the return completes when it approves.</source>
        <translation>నిర్ణయాన్ని తనిఖీ చేస్తోంది… ఆమోదం వచ్చినప్పుడు రిటర్న్ పూర్తవుతుంది.</translation>
    </message>
    <message>
        <source>Not refunded: this return needs a manager first. F8 to approve here, F9 to send it to the override queue.</source>
        <translation>రీఫండ్ కాలేదు: ఈ రిటర్న్‌కు ముందుగా మేనేజర్ అవసరం. ఇక్కడే ఆమోదించడానికి F8, ఓవర్‌రైడ్ క్యూకు పంపడానికి F9.</translation>
    </message>
    <message>
        <source>Not refunded: the decision is DENIED.</source>
        <translation>రీఫండ్ కాలేదు: నిర్ణయం తిరస్కరించబడింది.</translation>
    </message>
    <message>
        <source>Nothing to refund yet: type the quantity coming back in the Return column.</source>
        <translation>ఇంకా రీఫండ్ చేయడానికి ఏమీ లేదు: తిరిగి వస్తున్న పరిమాణాన్ని రిటర్న్ కాలమ్‌లో టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>రీఫండ్ చేస్తోంది…</translation>
    </message>
    <message>
        <source>This register is now offline: F10 again refunds it here, as store credit or cash within the offline allowance.</source>
        <translation>ఈ రిజిస్టర్ ఇప్పుడు ఆఫ్‌లైన్‌లో ఉంది: F10 మళ్లీ నొక్కితే ఇక్కడే రీఫండ్ అవుతుంది, ఆఫ్‌లైన్ పరిమితిలో స్టోర్ క్రెడిట్ లేదా నగదుగా.</translation>
    </message>
    <message>
        <source>✔ DONE: refunded {total}</source>
        <translation>✔ పూర్తయింది: {total} రీఫండ్ అయింది</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded (replayed: nothing refunded twice). The receipt is printing. Esc for the next customer.</source>
        <translation>రిటర్న్ {return_id} పూర్తయింది: {total} రీఫండ్ అయింది (మళ్లీ పంపిన అభ్యర్థన: రెండుసార్లు రీఫండ్ కాలేదు). రసీదు ప్రింట్ అవుతోంది. తర్వాతి కస్టమర్ కోసం Esc.</translation>
    </message>
    <message>
        <source>Return {return_id} completed OFFLINE: {total} refunded. It is sent to the shared database when the connection is back. The receipt is printing. Esc for the next customer.</source>
        <translation>రిటర్న్ {return_id} ఆఫ్‌లైన్‌లో పూర్తయింది: {total} రీఫండ్ అయింది. కనెక్షన్ తిరిగి వచ్చాక ఇది షేర్డ్ డేటాబేస్‌కు పంపబడుతుంది. రసీదు ప్రింట్ అవుతోంది. తదుపరి కస్టమర్ కోసం Esc.</translation>
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded. The receipt is printing. Esc for the next customer.</source>
        <translation>రిటర్న్ {return_id} పూర్తయింది: {total} రీఫండ్ అయింది. రసీదు ప్రింట్ అవుతోంది. తర్వాతి కస్టమర్ కోసం Esc.</translation>
    </message>
    <message>
        <source>Waiting for a manager: request {id} is in the override queue. The answer appears here by itself.</source>
        <translation>మేనేజర్ కోసం వేచి ఉంది: అభ్యర్థన {id} మినహాయింపుల క్యూలో ఉంది. సమాధానం ఇక్కడే కనిపిస్తుంది.</translation>
    </message>
    <message>
        <source>Approved by {decided_by}: {decision_reason}. Press F10 to complete the return.</source>
        <translation>{decided_by} ఆమోదించారు: {decision_reason}. రిటర్న్ పూర్తి చేయడానికి F10 నొక్కండి.</translation>
    </message>
    <message>
        <source>Refused by {manager}: {reason}</source>
        <translation>{manager} తిరస్కరించారు: {reason}</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>ఒక మేనేజర్</translation>
    </message>
    <message>
        <source>For an exchange, refund the return as store credit first.</source>
        <translation>ఎక్స్ఛేంజ్ కోసం, ముందుగా రిటర్న్‌ను స్టోర్ క్రెడిట్‌గా రీఫండ్ చేయండి.</translation>
    </message>
    <message>
        <source>Exchange done: new receipt {receipt}.</source>
        <translation>ఎక్స్ఛేంజ్ పూర్తయింది: కొత్త రసీదు {receipt}.</translation>
    </message>
    <message>
        <source>The customer paid {amount} by {payment}.</source>
        <translation>కస్టమర్ {payment} ద్వారా {amount} చెల్లించారు.</translation>
    </message>
    <message>
        <source>{amount} stays on voucher {voucher}.</source>
        <translation>వోచర్ {voucher} పై {amount} మిగిలింది.</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>ధన్యవాదాలు: {score}/5 నమోదైంది.</translation>
    </message>
    <message>
        <source>Press Esc again to put this receipt away. Nothing has been refunded.</source>
        <translation>ఈ రసీదును మూసివేయడానికి Esc మళ్ళీ నొక్కండి. ఏమీ రీఫండ్ చేయలేదు.</translation>
    </message>
</context>
<context>
    <name>ServiceDeskScreen</name>
    <message>
        <source>Service desk</source>
        <translation>సేవా డెస్క్</translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation>కొత్త కేసు  (Ctrl+N)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>నా కేసులు</translation>
    </message>
    <message>
        <source>Today's follow-ups</source>
        <translation>ఈ రోజు ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>విషయాలలో వెతుకు</translation>
    </message>
    <message>
        <source>Pick a case to see its timeline.</source>
        <translation>కాలక్రమం చూడటానికి ఒక కేసును ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>సంప్రదింపు నమోదు</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>కస్టమర్ కోసం వేచి ఉంది</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>బదిలీ</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>పై స్థాయికి పంపు</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>రాతపూర్వక సమాధానం</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>పరిష్కరించు</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>ఫాలో-అప్ కాల్</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>కస్టమర్ అభిప్రాయం</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>పరిష్కరించు</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>కొత్త కేసు</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>కేసులు</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>అటాచ్‌మెంట్‌లు</translation>
    </message>
    <message>
        <source>The case's timeline</source>
        <translation>కేసు కాలక్రమం</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>అటాచ్‌మెంట్‌లు ({count})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} తెరవబడింది</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>రకం</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ఛానల్</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ప్రాధాన్యత</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>విషయం</translation>
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation>లాయల్టీ ID</translation>
    </message>
    <message>
        <source>Name (no loyalty ID)</source>
        <translation>పేరు (లాయల్టీ ID లేదు)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ఫోన్</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ఇమెయిల్</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>రసీదు</translation>
    </message>
    <message>
        <source>Item (scan its barcode, or its SKU)</source>
        <translation>వస్తువు (బార్‌కోడ్ స్కాన్ చేయండి, లేదా SKU)</translation>
    </message>
    <message>
        <source>Return (its document number)</source>
        <translation>రిటర్న్ (పత్రం సంఖ్య)</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>కస్టమర్ ఏమి చెబుతున్నారు</translation>
    </message>
    <message>
        <source>Make them a customer (loyalty ID)</source>
        <translation>వారిని కస్టమర్‌గా నమోదు చేయి (లాయల్టీ ID)</translation>
    </message>
    <message>
        <source>Solved now, at the counter</source>
        <translation>ఇప్పుడే, కౌంటర్ వద్దే పరిష్కరించబడింది</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>కేసు తెరవబడింది.</translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation>సంప్రదింపు నమోదైంది.</translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation>సంప్రదింపు నమోదు</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>దిశ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>నిమిషాలు</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>సారాంశం</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>గమనికలు</translation>
    </message>
    <message>
        <source>Waiting on the customer: the clock stops.</source>
        <translation>కస్టమర్ కోసం వేచి ఉంది: గడియారం ఆగుతుంది.</translation>
    </message>
    <message>
        <source>Transferred to {department}; you stay responsible.</source>
        <translation>{department} కు బదిలీ అయింది; బాధ్యత మీదే.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>బదిలీ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>విభాగం</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ఎందుకు</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>పై స్థాయికి పంపబడింది.</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>పై స్థాయికి పంపు</translation>
    </message>
    <message>
        <source>Resolved; a follow-up call is scheduled.</source>
        <translation>పరిష్కరించబడింది; ఫాలో-అప్ కాల్ షెడ్యూల్ అయింది.</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>ఎలా పరిష్కరించారు</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>ఫాలో-అప్ నమోదైంది.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>సంప్రదించలేకపోయాం</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>ఫాలో-అప్ కాల్</translation>
    </message>
    <message>
        <source>The customer says</source>
        <translation>కస్టమర్ చెప్పేది</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>వ్యాఖ్య</translation>
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation>ధన్యవాదాలు: {score}/5 నమోదైంది.</translation>
    </message>
    <message>
        <source>written reply</source>
        <translation>రాతపూర్వక సమాధానం</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>టెంప్లేట్</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>ఇలా పంపు</translation>
    </message>
    <message>
        <source>Extra text</source>
        <translation>అదనపు పాఠ్యం</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>సమాధానం పంపబడింది.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Store settings</source>
        <translation>స్టోర్ సెట్టింగ్‌లు</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>లోగో లేదు</translation>
    </message>
    <message>
        <source>Choose a PNG…</source>
        <translation>PNG ఎంచుకోండి…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>లోగో తీసివేయండి</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>స్టోర్ పేరు</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>చిరునామా</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ఫోన్</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>పన్ను ID</translation>
    </message>
    <message>
        <source>Language (receipts, sentences)</source>
        <translation>భాష (రసీదులు, వాక్యాలు)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>టైమ్ జోన్</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>కరెన్సీ</translation>
    </message>
    <message>
        <source>Receipt header lines</source>
        <translation>రసీదు పై లైన్లు</translation>
    </message>
    <message>
        <source>Receipt footer lines</source>
        <translation>రసీదు కింది లైన్లు</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>లోగో</translation>
    </message>
    <message>
        <source>What every receipt of this store prints, and the language its customers hear. A currency changes only before the store's first sale.</source>
        <translation>ఈ స్టోర్ ప్రతి రసీదు ఏమి ముద్రిస్తుంది, దాని కస్టమర్లు ఏ భాష వింటారు. కరెన్సీ స్టోర్ మొదటి అమ్మకానికి ముందే మారుతుంది.</translation>
    </message>
    <message>
        <source>a logo of {size} bytes</source>
        <translation>{size} బైట్ల లోగో</translation>
    </message>
    <message>
        <source>The store's logo</source>
        <translation>స్టోర్ లోగో</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG చిత్రాలు (*.png)</translation>
    </message>
    <message>
        <source>no logo (saved with Save)</source>
        <translation>లోగో లేదు (సేవ్‌తో సేవ్ అవుతుంది)</translation>
    </message>
    <message>
        <source>Saved. Receipts print it from now on; a new language shows on this station's screens at its next start.</source>
        <translation>సేవ్ అయింది. ఇకపై రసీదులు దీన్ని ముద్రిస్తాయి; కొత్త భాష ఈ స్టేషన్ స్క్రీన్లపై తదుపరి ప్రారంభంలో కనిపిస్తుంది.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>ReturnDesk: first-run setup</source>
        <translation>ReturnDesk: మొదటి సెటప్</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>డేటాబేస్ సెటప్ అవుతోంది…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your staff ID and PIN</source>
        <translation>మీ సిబ్బంది ID మరియు PIN తో సైన్ ఇన్ చేయండి</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>సిబ్బంది ID</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>సైన్ ఇన్</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>మీ కొత్త PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>కొత్త PIN మళ్ళీ</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>డేటాబేస్ తెరుస్తోంది…</translation>
    </message>
    <message>
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>{name} దూరంగా ఉన్నప్పుడు లాక్ అయింది: కొనసాగడానికి సైన్ ఇన్ చేయండి</translation>
    </message>
    <message>
        <source>Welcome, {name}: choose your own PIN (4 to 12 digits). The one you were given works only once.</source>
        <translation>స్వాగతం, {name}: మీ సొంత PIN ఎంచుకోండి (4 నుండి 12 అంకెలు). మీకు ఇచ్చినది ఒక్కసారే పని చేస్తుంది.</translation>
    </message>
    <message>
        <source>The two PINs differ: type your new PIN twice.</source>
        <translation>రెండు PINలు వేర్వేరుగా ఉన్నాయి: మీ కొత్త PIN రెండుసార్లు టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>Save my PIN and sign in</source>
        <translation>నా PIN సేవ్ చేసి సైన్ ఇన్ చేయండి</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>deactivated</source>
        <translation>నిష్క్రియం</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>లాక్ అయింది</translation>
    </message>
    <message>
        <source>one-time PIN: chooses their own</source>
        <translation>ఒకసారి PIN: సొంతది ఎంచుకుంటారు</translation>
    </message>
    <message>
        <source>active</source>
        <translation>క్రియాశీలం</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>సిబ్బంది</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>వ్యక్తిని చేర్చండి</translation>
    </message>
    <message>
        <source>One-time PIN</source>
        <translation>ఒకసారి PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>పాత్ర మార్చండి</translation>
    </message>
    <message>
        <source>Change store</source>
        <translation>స్టోర్ మార్చండి</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>నిష్క్రియం చేయండి</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>మళ్ళీ క్రియాశీలం చేయండి</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>వ్యక్తిని చేర్చండి</translation>
    </message>
    <message>
        <source>Staff ID (as on the badge)</source>
        <translation>సిబ్బంది ID (బ్యాడ్జ్‌పై ఉన్నట్టు)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>పేరు</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>పాత్ర</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>హోమ్ స్టోర్</translation>
    </message>
    <message>
        <source>change role</source>
        <translation>పాత్ర మార్చండి</translation>
    </message>
    <message>
        <source>change store</source>
        <translation>స్టోర్ మార్చండి</translation>
    </message>
    <message>
        <source>{name} ({code}): one-time PIN {pin}. Give it to them in person: they choose their own when they first sign in.</source>
        <translation>{name} ({code}): ఒకసారి PIN {pin}. స్వయంగా అందించండి: వారు మొదటిసారి సైన్ ఇన్ చేసినప్పుడు సొంతది ఎంచుకుంటారు.</translation>
    </message>
    <message>
        <source>Saved: {name} ({code}).</source>
        <translation>సేవ్ అయింది: {name} ({code}).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ReturnDesk cannot start</source>
        <translation>ReturnDesk ప్రారంభం కాలేదు</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>This station</source>
        <translation>ఈ స్టేషన్</translation>
    </message>
    <message>
        <source>The store and register codes are printed in every receipt's barcode.</source>
        <translation>స్టోర్ మరియు కౌంటర్ కోడ్‌లు ప్రతి రసీదు బార్‌కోడ్‌లో ముద్రించబడతాయి.</translation>
    </message>
    <message>
        <source>e.g. Main Street (for a new store)</source>
        <translation>ఉదా. మెయిన్ స్ట్రీట్ (కొత్త స్టోర్ కోసం)</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>స్టోర్ కోడ్</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>స్టోర్ పేరు</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>టైమ్ జోన్</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>కరెన్సీ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>కౌంటర్</translation>
    </message>
</context>
<context>
    <name>VisitsPresenter</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} నిమి.</translation>
    </message>
    <message>
        <source>⚑ TOO LONG</source>
        <translation>⚑ చాలా ఎక్కువ సమయం</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>వేచి ఉన్నారు</translation>
    </message>
    <message>
        <source>Ticket {ticket} for {name}</source>
        <translation>{name} కోసం టికెట్ {ticket}</translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation>టికెట్ {ticket}</translation>
    </message>
</context>
</TS>