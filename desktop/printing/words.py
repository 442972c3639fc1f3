"""The words printed on receipts, vouchers and gift receipts, in the store's
language. English is the key (as gettext's msgid); a missing entry prints
in English. tests/unit/test_translations.py fails when a language misses one.
"""

from __future__ import annotations

ENGLISH = (
    "SALE RECEIPT", "RETURN RECEIPT", "STORE CREDIT VOUCHER", "GIFT RECEIPT", "REPRINT",
    "Date", "Served by", "Member", "Original receipt", "none (no-receipt return)", "Approved by", "Gift return",
    "refunded as store credit", "Issued", "Value", "Balance", "From return", "Date of purchase",
    "Subtotal", "Order discount", "Tax", "Total", "Items", "Restocking fees", "Refund total",
    "Card", "Gift card", "Store credit", "Cash", "{name} ending {last4}", "{name} voucher {voucher}",
    "Discount {amount}", "Serial {serial}", "FINAL SALE: not returnable", "{qty} × returned", "Item {amount}",
    "tax {amount}", "Restocking fee {amount}",
    "new", "opened", "damaged", "defective",
    "changed mind", "wrong size", "not as described", "arrived damaged", "unwanted gift", "better price", "other",
    "Keep this receipt for returns", "Store credit — scan at the till", "Gift receipt — no prices shown",
    "Spend it at any of our stores: scan this barcode at the till as a tender.",
    "Not exchangeable for cash. Keep it safe: it is as good as money.",
    "A gift for you! Bring this receipt to exchange the item or return it for store credit.",
    # The end-of-day cash slip (services/documents.py closing_slip)
    "END OF DAY: CASH REFUNDED", "Store", "Day", "Printed by", "Register {code}", "{count} cash refunds",
    "Cash refunded", "No cash was refunded on this day.", "Count each register's drawer against its amount.",
    # The store's settings (services/documents.py _store_header)
    "Tax ID {tax_id}",
)

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "SALE RECEIPT": "HÓA ĐƠN BÁN HÀNG", "RETURN RECEIPT": "PHIẾU TRẢ HÀNG",
        "STORE CREDIT VOUCHER": "PHIẾU MUA HÀNG", "GIFT RECEIPT": "HÓA ĐƠN QUÀ TẶNG", "REPRINT": "BẢN IN LẠI",
        "Date": "Ngày", "Served by": "Nhân viên", "Member": "Hội viên", "Original receipt": "Hóa đơn gốc",
        "none (no-receipt return)": "không có (trả hàng không hóa đơn)", "Approved by": "Người duyệt",
        "Gift return": "Trả quà tặng", "refunded as store credit": "hoàn bằng phiếu mua hàng",
        "Issued": "Ngày phát hành",
        "Value": "Giá trị", "Balance": "Số dư", "From return": "Từ phiếu trả", "Date of purchase": "Ngày mua",
        "Subtotal": "Tạm tính", "Order discount": "Giảm giá đơn hàng", "Tax": "Thuế", "Total": "Tổng cộng",
        "Items": "Hàng", "Restocking fees": "Phí nhập kho lại", "Refund total": "Tổng hoàn tiền",
        "Card": "Thẻ", "Gift card": "Thẻ quà tặng", "Store credit": "Phiếu mua hàng", "Cash": "Tiền mặt",
        "{name} ending {last4}": "{name} số cuối {last4}", "{name} voucher {voucher}": "{name} số {voucher}",
        "Discount {amount}": "Giảm giá {amount}", "Serial {serial}": "Số sê-ri {serial}",
        "FINAL SALE: not returnable": "HÀNG KHÔNG ĐỔI TRẢ", "{qty} × returned": "{qty} × trả lại",
        "Item {amount}": "Hàng {amount}", "tax {amount}": "thuế {amount}",
        "Restocking fee {amount}": "Phí nhập kho lại {amount}",
        "new": "mới", "opened": "đã mở hộp", "damaged": "hư hỏng", "defective": "bị lỗi",
        "changed mind": "đổi ý", "wrong size": "sai kích cỡ", "not as described": "không đúng mô tả",
        "arrived damaged": "hư khi nhận", "unwanted gift": "quà không dùng", "better price": "có giá tốt hơn",
        "other": "khác",
        "Keep this receipt for returns": "Giữ hóa đơn này để đổi trả",
        "Store credit — scan at the till": "Phiếu mua hàng — quét tại quầy",
        "Gift receipt — no prices shown": "Hóa đơn quà tặng — không ghi giá",
        "Spend it at any of our stores: scan this barcode at the till as a tender.":
            "Dùng tại mọi cửa hàng của chúng tôi: quét mã vạch này tại quầy để thanh toán.",
        "Not exchangeable for cash. Keep it safe: it is as good as money.":
            "Không đổi thành tiền mặt. Hãy giữ cẩn thận: phiếu có giá trị như tiền.",
        "A gift for you! Bring this receipt to exchange the item or return it for store credit.":
            "Món quà dành cho bạn! Mang hóa đơn này đến để đổi hàng hoặc trả lấy phiếu mua hàng.",
        "END OF DAY: CASH REFUNDED": "CUỐI NGÀY: TIỀN MẶT ĐÃ HOÀN",
        "Store": "Cửa hàng",
        "Day": "Ngày",
        "Printed by": "Người in",
        "Tax ID {tax_id}": "MST {tax_id}",
        "Register {code}": "Quầy {code}",
        "{count} cash refunds": "{count} lần hoàn tiền mặt",
        "Cash refunded": "Tiền mặt đã hoàn",
        "No cash was refunded on this day.": "Không có khoản hoàn tiền mặt nào trong ngày này.",
        "Count each register's drawer against its amount.":
            "Kiểm đếm ngăn kéo tiền của từng quầy theo số tiền của quầy đó.",
    },
    "fil": {
        "SALE RECEIPT": "RESIBO NG BENTA", "RETURN RECEIPT": "RESIBO NG BALIK", "STORE CREDIT VOUCHER":
            "STORE CREDIT VOUCHER", "GIFT RECEIPT": "GIFT RECEIPT", "REPRINT": "MULING PAGLIMBAG",
        "Date": "Petsa", "Served by": "Nagsilbi", "Member": "Miyembro", "Original receipt": "Orihinal na resibo",
        "none (no-receipt return)": "wala (balik na walang resibo)", "Approved by": "Inaprubahan ni",
        "Gift return": "Balik ng regalo", "refunded as store credit": "ibinalik bilang store credit",
        "Issued": "Inisyu", "Value": "Halaga", "Balance": "Natitira", "From return": "Mula sa balik",
        "Date of purchase": "Petsa ng pagbili", "Subtotal": "Subtotal", "Order discount": "Diskwento sa order",
        "Tax": "Buwis", "Total": "Kabuuan", "Items": "Mga item", "Restocking fees": "Mga restocking fee",
        "Refund total": "Kabuuang refund", "Card": "Card", "Gift card": "Gift card", "Store credit": "Store credit",
        "Cash": "Cash", "{name} ending {last4}": "{name} na nagtatapos sa {last4}",
        "{name} voucher {voucher}": "{name} voucher {voucher}", "Discount {amount}": "Diskwento {amount}",
        "Serial {serial}": "Serial {serial}", "FINAL SALE: not returnable": "FINAL SALE: hindi maibabalik",
        "{qty} × returned": "{qty} × ibinalik", "Item {amount}": "Item {amount}", "tax {amount}": "buwis {amount}",
        "Restocking fee {amount}": "Restocking fee {amount}",
        "new": "bago", "opened": "nabuksan", "damaged": "sira", "defective": "may depekto",
        "changed mind": "nagbago ang isip", "wrong size": "maling sukat",
        "not as described": "hindi ayon sa paglalarawan",
        "arrived damaged": "dumating na sira", "unwanted gift": "regalong hindi gusto",
        "better price": "mas murang presyo",
        "other": "iba pa",
        "Keep this receipt for returns": "Itago ang resibong ito para sa pagbabalik",
        "Store credit — scan at the till": "Store credit — i-scan sa kaha",
        "Gift receipt — no prices shown": "Gift receipt — walang nakasulat na presyo",
        "Spend it at any of our stores: scan this barcode at the till as a tender.":
            "Gamitin sa alinman sa aming mga tindahan: i-scan ang barcode na ito sa kaha bilang bayad.",
        "Not exchangeable for cash. Keep it safe: it is as good as money.":
            "Hindi maipapalit sa cash. Ingatan ito: kasinghalaga ito ng pera.",
        "A gift for you! Bring this receipt to exchange the item or return it for store credit.":
            "Regalo para sa iyo! Dalhin ang resibong ito para ipalit ang item o ibalik ito para sa store credit.",
        "END OF DAY: CASH REFUNDED": "KATAPUSAN NG ARAW: CASH NA IBINALIK",
        "Store": "Tindahan",
        "Day": "Araw",
        "Printed by": "Inilimbag ni",
        "Tax ID {tax_id}": "TIN {tax_id}",
        "Register {code}": "Register {code}",
        "{count} cash refunds": "{count} cash refund",
        "Cash refunded": "Cash na ibinalik",
        "No cash was refunded on this day.": "Walang cash na ibinalik sa araw na ito.",
        "Count each register's drawer against its amount.":
            "Bilangin ang drawer ng bawat register ayon sa halaga nito.",
    },
    "lt": {
        "SALE RECEIPT": "PIRKIMO ČEKIS", "RETURN RECEIPT": "GRĄŽINIMO ČEKIS", "STORE CREDIT VOUCHER": "KREDITO KVITAS",
        "GIFT RECEIPT": "DOVANOS ČEKIS", "REPRINT": "PAKARTOTINIS SPAUSDINIMAS",
        "Date": "Data", "Served by": "Aptarnavo", "Member": "Narys", "Original receipt": "Pirminis čekis",
        "none (no-receipt return)": "nėra (grąžinimas be čekio)", "Approved by": "Patvirtino",
        "Gift return": "Dovanos grąžinimas", "refunded as store credit": "grąžinta parduotuvės kreditu",
        "Issued": "Išduota", "Value": "Vertė", "Balance": "Likutis", "From return": "Iš grąžinimo",
        "Date of purchase": "Pirkimo data", "Subtotal": "Tarpinė suma", "Order discount": "Užsakymo nuolaida",
        "Tax": "PVM", "Total": "Iš viso", "Items": "Prekės", "Restocking fees": "Grąžinimo mokesčiai",
        "Refund total": "Grąžinama iš viso", "Card": "Kortelė", "Gift card": "Dovanų kortelė",
        "Store credit": "Parduotuvės kreditas", "Cash": "Grynieji", "{name} ending {last4}": "{name}, baigiasi {last4}",
        "{name} voucher {voucher}": "{name}, kvitas {voucher}", "Discount {amount}": "Nuolaida {amount}",
        "Serial {serial}": "Serijos nr. {serial}", "FINAL SALE: not returnable": "GALUTINIS PARDAVIMAS: negrąžinama",
        "{qty} × returned": "{qty} × grąžinta", "Item {amount}": "Prekė {amount}", "tax {amount}": "PVM {amount}",
        "Restocking fee {amount}": "Grąžinimo mokestis {amount}",
        "new": "nauja", "opened": "atidaryta", "damaged": "sugadinta", "defective": "brokuota",
        "changed mind": "persigalvojo", "wrong size": "netinkamas dydis", "not as described": "neatitinka aprašymo",
        "arrived damaged": "pristatyta sugadinta", "unwanted gift": "nereikalinga dovana",
        "better price": "rado pigiau",
        "other": "kita",
        "Keep this receipt for returns": "Saugokite šį čekį grąžinimui",
        "Store credit — scan at the till": "Parduotuvės kreditas — nuskenuokite kasoje",
        "Gift receipt — no prices shown": "Dovanos čekis — kainos nerodomos",
        "Spend it at any of our stores: scan this barcode at the till as a tender.":
            "Panaudokite bet kurioje mūsų parduotuvėje: nuskenuokite šį brūkšninį kodą kasoje atsiskaitydami.",
        "Not exchangeable for cash. Keep it safe: it is as good as money.":
            "Nekeičiama į grynuosius. Saugokite: tai tas pats, kas pinigai.",
        "A gift for you! Bring this receipt to exchange the item or return it for store credit.":
            "Dovana jums! Atneškite šį čekį, kad iškeistumėte prekę arba grąžintumėte ją už parduotuvės kreditą.",
        "END OF DAY: CASH REFUNDED": "DIENOS PABAIGA: GRĄŽINTI GRYNIEJI",
        "Store": "Parduotuvė",
        "Day": "Diena",
        "Printed by": "Spausdino",
        "Tax ID {tax_id}": "PVM kodas {tax_id}",
        "Register {code}": "Kasa {code}",
        "{count} cash refunds": "grąžinimų grynaisiais: {count}",
        "Cash refunded": "Grąžinta grynaisiais",
        "No cash was refunded on this day.": "Šią dieną grynųjų pinigų negrąžinta.",
        "Count each register's drawer against its amount.": "Suskaičiuokite kiekvienos kasos stalčių pagal jos sumą.",
    },
    "te": {
        "SALE RECEIPT": "అమ్మకపు రసీదు", "RETURN RECEIPT": "రిటర్న్ రసీదు", "STORE CREDIT VOUCHER": "స్టోర్ క్రెడిట్ వోచర్",
        "GIFT RECEIPT": "బహుమతి రసీదు", "REPRINT": "మళ్లీ ముద్రణ",
        "Date": "తేదీ", "Served by": "సేవ చేసినవారు", "Member": "సభ్యులు", "Original receipt": "అసలు రసీదు",
        "none (no-receipt return)": "లేదు (రసీదు లేని రిటర్న్)", "Approved by": "ఆమోదించినవారు",
        "Gift return": "బహుమతి రిటర్న్", "refunded as store credit": "స్టోర్ క్రెడిట్‌గా తిరిగి ఇచ్చారు",
        "Issued": "జారీ తేదీ", "Value": "విలువ", "Balance": "మిగిలిన మొత్తం", "From return": "రిటర్న్ నుండి",
        "Date of purchase": "కొన్న తేదీ", "Subtotal": "ఉప మొత్తం", "Order discount": "ఆర్డర్ తగ్గింపు", "Tax": "పన్ను",
        "Total": "మొత్తం", "Items": "వస్తువులు", "Restocking fees": "రీస్టాకింగ్ రుసుములు",
        "Refund total": "మొత్తం వాపసు", "Card": "కార్డు", "Gift card": "గిఫ్ట్ కార్డు", "Store credit": "స్టోర్ క్రెడిట్",
        "Cash": "నగదు", "{name} ending {last4}": "{last4}తో ముగిసే {name}",
        "{name} voucher {voucher}": "{name} వోచర్ {voucher}",
        "Discount {amount}": "తగ్గింపు {amount}", "Serial {serial}": "సీరియల్ {serial}",
        "FINAL SALE: not returnable": "ఫైనల్ సేల్: తిరిగి ఇవ్వలేరు", "{qty} × returned": "{qty} × తిరిగి ఇచ్చారు",
        "Item {amount}": "వస్తువు {amount}", "tax {amount}": "పన్ను {amount}",
        "Restocking fee {amount}": "రీస్టాకింగ్ రుసుము {amount}",
        "new": "కొత్తది", "opened": "తెరిచినది", "damaged": "పాడైనది", "defective": "లోపం ఉన్నది",
        "changed mind": "మనసు మారింది", "wrong size": "తప్పు సైజు", "not as described": "వివరణకు తగినట్లు లేదు",
        "arrived damaged": "పాడై వచ్చింది", "unwanted gift": "అక్కర్లేని బహుమతి", "better price": "తక్కువ ధర దొరికింది",
        "other": "ఇతర",
        "Keep this receipt for returns": "రిటర్న్‌ల కోసం ఈ రసీదును ఉంచుకోండి",
        "Store credit — scan at the till": "స్టోర్ క్రెడిట్ — కౌంటర్‌లో స్కాన్ చేయండి",
        "Gift receipt — no prices shown": "బహుమతి రసీదు — ధరలు చూపబడవు",
        "Spend it at any of our stores: scan this barcode at the till as a tender.":
            "మా ఏ స్టోర్‌లోనైనా వాడండి: చెల్లింపుగా ఈ బార్‌కోడ్‌ను కౌంటర్‌లో స్కాన్ చేయండి.",
        "Not exchangeable for cash. Keep it safe: it is as good as money.":
            "నగదుగా మార్చలేరు. జాగ్రత్తగా ఉంచుకోండి: ఇది డబ్బుతో సమానం.",
        "A gift for you! Bring this receipt to exchange the item or return it for store credit.":
            "మీకు ఒక బహుమతి! వస్తువును మార్చుకోవడానికి లేదా స్టోర్ క్రెడిట్ కోసం తిరిగి ఇవ్వడానికి ఈ రసీదును తీసుకురండి.",
        "END OF DAY: CASH REFUNDED": "రోజు ముగింపు: తిరిగి ఇచ్చిన నగదు",
        "Store": "స్టోర్",
        "Day": "రోజు",
        "Printed by": "ముద్రించినవారు",
        "Tax ID {tax_id}": "పన్ను ID {tax_id}",
        "Register {code}": "రిజిస్టర్ {code}",
        "{count} cash refunds": "{count} నగదు వాపసులు",
        "Cash refunded": "తిరిగి ఇచ్చిన నగదు",
        "No cash was refunded on this day.": "ఈ రోజు నగదు ఏదీ తిరిగి ఇవ్వలేదు.",
        "Count each register's drawer against its amount.": "ప్రతి రిజిస్టర్ డ్రాయర్ నగదును దాని మొత్తంతో సరిచూడండి.",
    },
}


def translator(locale: str):  # type: ignore[no-untyped-def]
    """A function that prints an English receipt word in the locale's language."""
    table = WORDS.get(locale.replace("-", "_").split("_")[0], {})
    return lambda text: table.get(text, text)
