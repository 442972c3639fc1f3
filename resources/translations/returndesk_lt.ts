<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lt">
<context>
    <name />
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///path.db or postgresql+psycopg://...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another counter is holding the database; try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database has no ReturnDesk schema yet: run `returndesk db upgrade`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database schema ({revision}) is older than this program ({head}): run `returndesk db upgrade`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store-credit voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gift receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store code must be 4 digits, got {store!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register code must be 2 digits, got {register!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sequence {sequence} is outside 1..99999999</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no code was scanned or typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a receipt code has digits only; {code!r} contains {bad!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a receipt code has 16 digits; {code!r} has {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check digit of {code} does not match (misread or mistyped code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{code} is not a ReturnDesk document (kind {kind})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{code} has sequence 0, which is never issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns with a receipt are accepted within {days} days of purchase, counted in the store's calendar ({timezone}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defective items: {days} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipts from other stores of the chain are honoured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only receipts from this store are accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category}: final sale, not returnable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category}: {days} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category}: a {fee} restocking fee when opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category}: a {fee} restocking fee, always.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category}: the serial number must match the receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members of the {tier} tier get {days} extra days on every window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday purchases from {start} to {end} can be returned until {until}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the lowest price of the last {days} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a receipt: refunded as store credit at the current price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a receipt, the customer shows a photo ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a receipt: at most {count} returns per customer in 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a receipt: at most {amount} per customer in 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns without a receipt are not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash refunds over {amount} need a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manager may override: {codes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service desk: written contacts are answered within {hours} business hours; a follow-up call {days} days after a case is solved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On every receipt: “{footer}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt printer {host}:{port} did not take the job: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt printer {path} did not take the job: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paper {paper!r}: expected one of {papers}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer {setting!r}: port {port} is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer {setting!r}: expected pdf, system[:NAME], escpos://HOST[:PORT] or escpos-device://PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PIN has 4 to 12 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this station's PIN pepper differs from the one the database was set up with; ask IT to install the chain's pepper file (docs/deploying.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store {store_code} is not in this database (check the station's store setting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this database has no store yet: run `returndesk demo seed` or the first-run setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register {register_code} is not set up for store {store_code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type your staff ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no active staff member has ID {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff {code} is locked after {count} wrong PINs until {until}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong PIN; staff {code} is now locked for {minutes} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong PIN for staff {code} (1 try left before a lock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong PIN for staff {code} ({left} tries left before a lock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the customer's name, please</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a phone number or an email address, so we can get back to them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a customer with phone {phone} exists: find them instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no service case {case_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case {number} belongs to another store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: one of {choices}, not {value!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject: say in a few words what the case is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no customer with loyalty ID {customer_code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sale {receipt} in this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary: what was said, in a sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case {number} is {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say why the case goes up a level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case {number} is already with the manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>department: one of {departments}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say how it was solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case {number} is already {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case {number} is {status}; follow-ups are for resolved cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score: 1 (very unhappy) to 5 (very happy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score: 1 to 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no return {return_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone or loyalty ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no customer with loyalty ID {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this customer belongs to another chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type at least two letters or digits of a name, phone, loyalty ID or receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{used} of {most} returns, {value} of {most_value} in the last 365 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no {kind} {doc} in this database (store {store}, register {register})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store-credit voucher {voucher}: balance {balance}. It is spent as a tender at the till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{doc} is a {kind}; a gift receipt is made from a sale receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sale {doc} in this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{doc} is a {kind}, not a store-credit voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no store-credit voucher {doc} in this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be reached: {error}. What you entered is kept; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the database was lost. What you entered is kept; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused the request. What you entered is kept; try again or call IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong ({error}). What you entered is kept; call IT if it happens again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ReturnDesk cannot open its database: {error}. Check the network and the station's db_url (`returndesk config show`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind: one of {kinds}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a store credit or a discount needs an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what the gesture is (for example: sent flowers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say why the customer deserves it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no case {case_number} at this store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no goodwill gesture {gesture_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goodwill gesture {gesture_id} was already {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this gesture belongs to another store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has given {given} of goodwill this month; this would pass the {limit} limit (ask another manager or the store manager)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this return does not need a manager's override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no override request {request_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say why: the reason is kept with the override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override request {request_id} belongs to another store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store {store_code} has no return policy installed: run `returndesk policy install FILE`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{doc} is the receipt of a return without a sale receipt; nothing to return from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{doc} is a {kind}, not a receipt: use it as a tender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan the item's barcode or type its SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no product with barcode or SKU {code!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan the item's barcode or type part of its name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a manager can change the canned answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an answer needs a title and a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no canned answer {answer_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mail server is set up for this station (smtp_host); ask IT, or print a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail server {host}:{port} did not take the reply ({error}); it is kept as a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>template: one of {templates}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a written reply goes by email or letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the customer has no email address on file: print a letter instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reply {reply_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a report covers at most three years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no store {store}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns by reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products returned most (top 50)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns by staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds by tender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-receipt returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without a receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override rate {rate}% ({count} of {total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides by manager and by clerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved / requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned most often: customers and serial numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who / serial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash refunded per register per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of goodwill per store and month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gestures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter waits per hour of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average wait (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longest wait (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>satisfaction (CSAT) %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{satisfied} of {responses} responses scored 4-5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average satisfaction (1-5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{responses} responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average first-response time (h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clock hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first-contact resolution %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} of {resolved} resolved cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{target} within target %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{met} met, {missed} missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average handling time (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} minutes over {handled} interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open under 1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open 1-3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open 3-7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open over 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases by age, now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service desk KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report: one of {reports}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection to the database was lost; nothing was refunded. Try again: the same request will not refund twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt {doc_id} was paid in {currency}; this store refunds in {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer.id: no customer with loyalty ID {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>idempotency_key {idempotency_key!r} was already used for a different request (return {return_id})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override.request_id: no override request {override_request_id} at this store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override request {request} is {status}, not approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override request {request} was approved for a different return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override request {request} does not cover {codes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund to {kind} needs the original sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sale's {kind} tenders cannot take back {left} more (already refunded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan the item the customer takes instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quantities start at 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{doc} is a {kind}; an exchange is paid with the return's voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the difference is paid by card or in cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the card's last 4 digits, as printed on the slip (never the whole number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no store-credit voucher {doc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the voucher is in {voucher_currency}; this store sells in {currency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new items cost {difference} more: the customer pays it by card or cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server address is a URL such as postgresql+psycopg://user@host:5432/returndesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store: four digits, as printed in the document IDs (e.g. 0001)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register: two digits (e.g. 01)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time zone: {timezone!r} is not a known zone such as Europe/Vilnius</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>currency: {currency!r} is not an ISO currency code such as EUR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first admin needs a staff ID and a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the admin PIN has 6 to 12 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the queue is busy; check the customer in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no visit {visit_id} at this store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticket {ticket} is already being served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no system printer {name!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer has no default printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the printer {printer} could not start the job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needed when the database has no staff yet; staff of an existing database sign in with their own ID and PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff ID</source>
        <translation type="unfinished">Darbuotojo kodas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN (6 to 12 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>⏰ OVERDUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⌛ due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed mind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not as described</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrived damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unwanted gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>better price elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gift card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>driving licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>national ID card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>window expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>final sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than is left to return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not on the receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serial number differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restocking fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt from another store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-receipt returns not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photo ID required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-receipt limit reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cash over the drawer limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>courtesy item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>technical support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair or warranty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting on the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting on a department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warehouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>senior staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledge the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ask for more information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>platinum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the original payment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CounterQueueScreen</name>
    <message>
        <source>Counter queue</source>
        <translation type="unfinished">Eilė prie kasos</translation>
    </message>
    <message>
        <source>Customer's name (optional), then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>served by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve next / selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⏰ TOO LONG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket {ticket} for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished">Klientai</translation>
    </message>
    <message>
        <source>Scan a receipt, or type a loyalty ID, phone or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished">Grąžinimai</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>satisfaction {average} from {count} scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no scores yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tier} member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{purchases} purchases · {returns} returns · {scores}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a receipt: {history}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchases ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service cases ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goodwill request {id} sent: a manager approves it on the Overrides screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goodwill gesture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gesture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (credit, discount)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What (courtesy item, other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the customer's history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to {saved} (recorded in the audit log).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where does this station keep its data?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this computer only (a local database; nothing to set up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the store's shared server (PostgreSQL): several counters, one database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A demo store to try ReturnDesk (sample receipts and staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postgresql+psycopg://returndesk@db.store.lan:5432/returndesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password (kept in a file only you can read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no stores yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema {revision}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an empty database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to {server}: {schema}; {stores}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>ReturnDesk: exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the item the customer takes instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>card's last 4 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete the exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store credit from this return: voucher {voucher}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit available: {amount}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New items {total}; the voucher pays {voucher}; the customer pays {difference}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New items {total}, paid by the voucher; {left} stays on the voucher.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Very unhappy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unhappy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very happy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ReturnDesk: how did we do?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How did we do today?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, thanks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>ReturnDesk: {title}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InlineOverrideDialog</name>
    <message>
        <source>ReturnDesk: manager override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manager must approve: {codes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager staff ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by {decided_by}: {decision_reason}</source>
        <translation type="unfinished" />
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
        <source>Database: {database}</source>
        <translation>Duomenų bazė: {database}</translation>
    </message>
    <message>
        <source>ticket {ticket} ({name}), {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticket {ticket}, {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⏰ Waiting too long at the counter: {waiting}</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in: {name} ({code}, {role})</source>
        <translation>Prisijungęs: {name} ({code}, {role})</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Atsijungti</translation>
    </message>
    <message>
        <source>{code} is not a receipt code (16 digits with a check digit). Scan the barcode at the bottom of the receipt, or press F6 for a return without a receipt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverrideQueueScreen</name>
    <message>
        <source>No requests are waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a request to see the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve gesture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse gesture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goodwill gestures waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• line {line}: {qty} × {condition}, {reason} -&gt; {outcome} ({codes})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request {id} from {clerk} at register {register}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt {receipt}; needs {codes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund once approved: {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#{id} {kind} {value} for {customer} ({clerk}): {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gesture {id} {status}: voucher {voucher} printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gesture {id} {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request {id} {status}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>Loyal customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item clearly unused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store error at the sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manufacturer defect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goodwill after a complaint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>no receipt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Žinynas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer staff give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return policy, in plain words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{body}

(kept current by {updated_by})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>returns per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returns by reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returns by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returns by product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returns by staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunds by tender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-receipt returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overrides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fraud signals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cash by register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service desk KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goodwill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counter waits per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Ataskaitos</translation>
    </message>
    <message>
        <source>every store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-of-day register report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a report first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{start} to {end}, {where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data in this range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of day: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store {code}, {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-of-day report saved for printing: {target}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReprintScreen</name>
    <message>
        <source>Reprint and gift receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan or type a receipt, return, voucher or gift receipt ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished">Spausdinti pakartotinai</translation>
    </message>
    <message>
        <source>Gift receipt for this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprinting {code}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gift receipt {doc_id} made for this sale; printing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnDraft</name>
    <message>
        <source>member {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no loyalty ID yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id_type} seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photo ID not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NO RECEIPT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunded as store credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIFT RECEIPT: store credit only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan each item's barcode, or type part of its name and Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tender} ending {last4}: {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tender}: {amount}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>  (final sale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Scan or type the receipt code, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt  (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loyalty ID (C…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photo ID not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan a receipt to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the original payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as store credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete return  (F10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager  F8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manager approves here, with their ID and PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue  F9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the return to the manager's override queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next  Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case  F7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a service case about this receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback  F11</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer scores the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange  F12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer takes another item, paid with this return's credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{error}. Scan it again or type the digits under the barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the receipt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the item, or type part of its name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt: the store's no-receipt rules apply and the refund is store credit. Scan each item, then take the customer's loyalty ID and check a photo ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product matches {text!r}. Scan the barcode on the item or its tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ReturnDesk: which item?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items matching {text!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {item}. Scan the next item, or check the decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid: {tenders}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the lines coming back: type the quantity in the Return column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything on this receipt has already been returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing picked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sign} APPROVE: refund {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sign} DENIED: nothing to refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sign} NEEDS MANAGER before any refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sentence to read to the customer appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund to: {tenders}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ DONE: refunded {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded (replayed: nothing refunded twice). The receipt is printing. Esc for the next customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return {return_id} completed: {total} refunded. The receipt is printing. Esc for the next customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a manager: request {id} is in the override queue. The answer appears here by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by {decided_by}: {decision_reason}. Press F10 to complete the return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by {manager}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For an exchange, refund the return as store credit first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange done: new receipt {receipt}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer paid {amount} by {payment}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{amount} stays on voucher {voucher}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceDeskScreen</name>
    <message>
        <source>Service desk</source>
        <translation type="unfinished">Aptarnavimas</translation>
    </message>
    <message>
        <source>New case  (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search subjects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a case to see its timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} due {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no target running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with {department}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case {number}: {subject}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serial {serial}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up call due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solved on first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loyalty ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (no loyalty ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customer says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make them a customer (loyalty ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solved now, at the counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting on the customer: the clock stops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred to {department}; you stay responsible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warehouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>escalate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved; a follow-up call is scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you: {score}/5 recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>ReturnDesk: first-run setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation type="unfinished" />
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
        <source>Locked while {name} was away: sign in to continue</source>
        <translation>Užrakinta, kol {name} nebuvo: prisijunkite ir tęskite</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>This station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store and register codes are printed in every receipt's barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Main Street (for a new store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>