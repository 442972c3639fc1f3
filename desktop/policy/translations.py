"""Customer sentences in the chain's other languages, keyed as messages.ENGLISH.

Vietnamese (vi), Filipino (fil), Lithuanian (lt) and Telugu (te). A key
missing here falls back to English, sentence by sentence; tests fail when a
language misses a key (tests/unit/test_translations.py). Amounts, dates and
numbers in the placeholders are formatted for the locale by Babel; category
names and item descriptions are the store's data and stay as they are.
"""

SENTENCES: dict[str, dict[str, str]] = {
    "vi": {
        "WINDOW_EXPIRED": "Đã mua {days} ngày trước; hàng {category} chỉ được trả trong vòng {window} ngày.",
        "WINDOW_EXPIRED.tier": "Đã mua {days} ngày trước; hàng {category} được trả trong vòng {window} ngày, "
                               "đã gồm {extra} ngày thêm cho hội viên {tier}.",
        "WINDOW_EXPIRED.defective": "Đã mua {days} ngày trước; hàng bị lỗi chỉ được trả trong vòng {window} ngày.",
        "WINDOW_EXPIRED.holiday": "Đã mua {days} ngày trước trong mùa lễ; hàng mua dịp lễ chỉ được trả "
                                  "đến hết {return_by}.",
        "FINAL_SALE": "{item} là hàng bán không đổi trả nên không thể trả lại.",
        "QTY_EXCEEDS_REMAINING": "Chỉ còn {remaining} trong số {sold} {item} trên hóa đơn này có thể trả lại.",
        "QTY_EXCEEDS_REMAINING.none": "Cả {sold} {item} trên hóa đơn này đã được trả lại rồi.",
        "NOT_ON_RECEIPT": "Dòng {line} không có trên hóa đơn này.",
        "SERIAL_MISMATCH": "Số sê-ri của {item} này không khớp với số đã bán trên hóa đơn.",
        "DAMAGED": "{item} bị hư hỏng khi trả lại, chính sách đổi trả không áp dụng cho trường hợp này.",
        "RESTOCKING_FEE": "Hàng {category} đã mở hộp chịu phí nhập kho lại {pct}% ({fee}).",
        "RESTOCKING_FEE.always": "Hàng {category} trả lại chịu phí nhập kho lại {pct}% ({fee}).",
        "OTHER_STORE": "Hóa đơn này của cửa hàng {store}; cửa hàng này chỉ nhận lại hàng do chính mình bán.",
        "NO_RECEIPT": "Không có hóa đơn, {item} được hoàn {price}, giá thấp nhất trong {lookback} ngày qua, "
                      "bằng phiếu mua hàng.",
        "NO_RECEIPT.current": "Không có hóa đơn, {item} được hoàn theo giá hôm nay là {price}, bằng phiếu mua hàng.",
        "NO_RECEIPT_NOT_ALLOWED": "Cửa hàng này không nhận trả hàng khi không có hóa đơn.",
        "ID_REQUIRED": "Trả hàng không có hóa đơn cần xuất trình giấy tờ tùy thân có ảnh.",
        "NO_RECEIPT_LIMIT.count": "Đây sẽ là lần trả hàng không hóa đơn thứ {count} trong 12 tháng; "
                                  "giới hạn là {limit} lần.",
        "NO_RECEIPT_LIMIT.value": "Trả hàng không hóa đơn được giới hạn {limit} trong 12 tháng, "
                                  "và lần này sẽ nâng tổng lên {total}.",
        "CASH_LIMIT": "{cash} sẽ được trả bằng tiền mặt, vượt quá {limit} mà quầy được trả khi không có quản lý.",
        "OVERRIDDEN": "Quản lý đã duyệt một ngoại lệ của chính sách ({codes}).",
        "SUMMARY.approve": "Chúng tôi sẽ hoàn {total}: {tenders}.",
        "SUMMARY.approve.one": "Chúng tôi sẽ hoàn {tender}.",
        "SUMMARY.approve.nothing": "Chúng tôi nhận lại hàng; món này không tốn tiền nên không có gì để hoàn.",
        "SUMMARY.needs_override": "Cần quản lý duyệt trước khi chúng tôi có thể hoàn tiền.",
        "SUMMARY.deny": "Chúng tôi không thể nhận lại món hàng này.",
        "TENDER.card": "{amount} vào thẻ có số cuối {last4}",
        "TENDER.card_nolast4": "{amount} vào thẻ đã dùng",
        "TENDER.gift_card": "{amount} vào thẻ quà tặng",
        "TENDER.store_credit": "{amount} bằng phiếu mua hàng",
        "TENDER.cash": "{amount} bằng tiền mặt",
        "AND": "{first} và {last}",
        "ITEMS": "món hàng",
    },
    "fil": {
        "WINDOW_EXPIRED": "Nabili {days} araw na ang nakalipas; ang {category} ay maibabalik lamang sa loob ng "
                          "{window} araw.",
        "WINDOW_EXPIRED.tier": "Nabili {days} araw na ang nakalipas; ang {category} ay maibabalik sa loob ng "
                               "{window} araw, kasama ang {extra} dagdag na araw para sa mga {tier} member.",
        "WINDOW_EXPIRED.defective": "Nabili {days} araw na ang nakalipas; ang sirang item ay maibabalik lamang sa "
                                    "loob ng {window} araw.",
        "WINDOW_EXPIRED.holiday": "Nabili {days} araw na ang nakalipas noong holiday season; ang mga nabili sa "
                                  "holiday ay maibabalik hanggang {return_by}.",
        "FINAL_SALE": "Ang {item} ay nabili bilang final sale at hindi na maibabalik.",
        "QTY_EXCEEDS_REMAINING": "{remaining} lamang sa {sold} na {item} sa resibong ito ang maibabalik pa.",
        "QTY_EXCEEDS_REMAINING.none": "Naibalik na ang lahat ng {sold} na {item} sa resibong ito.",
        "NOT_ON_RECEIPT": "Wala sa resibong ito ang linya {line}.",
        "SERIAL_MISMATCH": "Hindi tugma ang serial number ng {item} na ito sa nakasulat sa resibo.",
        "DAMAGED": "Sira na ang {item} nang ibalik, at hindi ito sakop ng return policy.",
        "RESTOCKING_FEE": "Ang nabuksang {category} ay may {pct}% na restocking fee ({fee}).",
        "RESTOCKING_FEE.always": "Ang ibinalik na {category} ay may {pct}% na restocking fee ({fee}).",
        "OTHER_STORE": "Ang resibong ito ay mula sa tindahan {store}; sariling benta lamang ang tinatanggap dito.",
        "NO_RECEIPT": "Walang resibo: ang {item} ay ire-refund sa halagang {price}, ang pinakamababang presyo sa "
                      "nakalipas na {lookback} araw, bilang store credit.",
        "NO_RECEIPT.current": "Walang resibo: ang {item} ay ire-refund sa presyo ngayon na {price}, bilang "
                              "store credit.",
        "NO_RECEIPT_NOT_ALLOWED": "Hindi tumatanggap ang tindahang ito ng balik na walang resibo.",
        "ID_REQUIRED": "Kailangan ng ID na may larawan para sa balik na walang resibo.",
        "NO_RECEIPT_LIMIT.count": "Ito na ang ika-{count} na balik na walang resibo sa loob ng 12 buwan; "
                                  "ang limitasyon ay {limit}.",
        "NO_RECEIPT_LIMIT.value": "Ang mga balik na walang resibo ay hanggang {limit} lamang sa loob ng 12 buwan, "
                                  "at aabot na sa {total} ang kabuuan dahil dito.",
        "CASH_LIMIT": "{cash} ang ibibigay nang cash, higit sa {limit} na maibibigay ng kaha nang walang manager.",
        "OVERRIDDEN": "Inaprubahan ng manager ang isang eksepsiyon sa patakaran ({codes}).",
        "SUMMARY.approve": "Ire-refund namin ang {total}: {tenders}.",
        "SUMMARY.approve.one": "Ire-refund namin ang {tender}.",
        "SUMMARY.approve.nothing": "Tatanggapin namin ito pabalik; walang binayad dito, kaya walang ire-refund.",
        "SUMMARY.needs_override": "Kailangan munang aprubahan ng manager bago namin ma-refund.",
        "SUMMARY.deny": "Hindi namin matatanggap ang balik na ito.",
        "TENDER.card": "{amount} sa card na nagtatapos sa {last4}",
        "TENDER.card_nolast4": "{amount} sa card na ginamit",
        "TENDER.gift_card": "{amount} sa gift card",
        "TENDER.store_credit": "{amount} bilang store credit",
        "TENDER.cash": "{amount} nang cash",
        "AND": "{first} at {last}",
        "ITEMS": "item",
    },
    "lt": {
        "WINDOW_EXPIRED": "Pirkta prieš {days} d.; prekes „{category}“ galima grąžinti per {window} d.",
        "WINDOW_EXPIRED.tier": "Pirkta prieš {days} d.; prekes „{category}“ galima grąžinti per {window} d., "
                               "įskaitant {extra} papildomas dienas {tier} nariams.",
        "WINDOW_EXPIRED.defective": "Pirkta prieš {days} d.; brokuotas prekes galima grąžinti per {window} d.",
        "WINDOW_EXPIRED.holiday": "Pirkta prieš {days} d. per šventinį sezoną; šventinius pirkinius buvo galima "
                                  "grąžinti iki {return_by}.",
        "FINAL_SALE": "{item} parduota be grąžinimo teisės, todėl grąžinti negalima.",
        "QTY_EXCEEDS_REMAINING": "Iš {sold} vnt. „{item}“ šiame čekyje dar galima grąžinti tik {remaining}.",
        "QTY_EXCEEDS_REMAINING.none": "Visi {sold} vnt. „{item}“ šiame čekyje jau grąžinti.",
        "NOT_ON_RECEIPT": "Šiame čekyje nėra {line} eilutės.",
        "SERIAL_MISMATCH": "Šios prekės „{item}“ serijos numeris nesutampa su nurodytu čekyje.",
        "DAMAGED": "Prekė „{item}“ grąžinta sugadinta, o tam grąžinimo taisyklės netaikomos.",
        "RESTOCKING_FEE": "Už atidarytas prekes „{category}“ taikomas {pct}% grąžinimo mokestis ({fee}).",
        "RESTOCKING_FEE.always": "Už grąžinamas prekes „{category}“ taikomas {pct}% grąžinimo mokestis ({fee}).",
        "OTHER_STORE": "Šis čekis išduotas parduotuvėje {store}; ši parduotuvė priima tik savo pardavimus.",
        "NO_RECEIPT": "Be čekio už „{item}“ grąžinama {price} – mažiausia per pastarąsias {lookback} d. kaina – "
                      "parduotuvės kreditu.",
        "NO_RECEIPT.current": "Be čekio už „{item}“ grąžinama šiandienos kaina {price}, parduotuvės kreditu.",
        "NO_RECEIPT_NOT_ALLOWED": "Ši parduotuvė nepriima grąžinimų be čekio.",
        "ID_REQUIRED": "Grąžinant be čekio reikia asmens dokumento su nuotrauka.",
        "NO_RECEIPT_LIMIT.count": "Tai būtų {count}-asis grąžinimas be čekio per 12 mėnesių; riba yra {limit}.",
        "NO_RECEIPT_LIMIT.value": "Grąžinimams be čekio per 12 mėnesių taikoma {limit} riba, o šis grąžinimas "
                                  "sumą padidintų iki {total}.",
        "CASH_LIMIT": "Grynaisiais būtų išmokėta {cash}, daugiau nei {limit}, kuriuos kasa gali išmokėti be vadovo.",
        "OVERRIDDEN": "Vadovas patvirtino išimtį iš taisyklių ({codes}).",
        "SUMMARY.approve": "Grąžinsime {total}: {tenders}.",
        "SUMMARY.approve.one": "Grąžinsime {tender}.",
        "SUMMARY.approve.nothing": "Priimame tai atgal; tai nieko nekainavo, todėl grąžinti nėra ko.",
        "SUMMARY.needs_override": "Prieš grąžinant pinigus šį grąžinimą turi patvirtinti vadovas.",
        "SUMMARY.deny": "Šios prekės priimti atgal negalime.",
        "TENDER.card": "{amount} į kortelę, kurios numeris baigiasi {last4}",
        "TENDER.card_nolast4": "{amount} į naudotą kortelę",
        "TENDER.gift_card": "{amount} į dovanų kortelę",
        "TENDER.store_credit": "{amount} parduotuvės kreditu",
        "TENDER.cash": "{amount} grynaisiais",
        "AND": "{first} ir {last}",
        "ITEMS": "prekės",
    },
    "te": {
        "WINDOW_EXPIRED": "{days} రోజుల క్రితం కొన్నారు; {category} వస్తువులను {window} రోజులలోపు మాత్రమే తిరిగి ఇవ్వవచ్చు.",
        "WINDOW_EXPIRED.tier": "{days} రోజుల క్రితం కొన్నారు; {category} వస్తువులను {window} రోజులలోపు తిరిగి ఇవ్వవచ్చు, "
                               "ఇందులో {tier} సభ్యులకు {extra} అదనపు రోజులు కలిపి ఉన్నాయి.",
        "WINDOW_EXPIRED.defective": "{days} రోజుల క్రితం కొన్నారు; లోపం ఉన్న వస్తువులను {window} రోజులలోపు మాత్రమే తిరిగి "
                                    "ఇవ్వవచ్చు.",
        "WINDOW_EXPIRED.holiday": "పండుగ సీజన్‌లో {days} రోజుల క్రితం కొన్నారు; పండుగ కొనుగోళ్లను {return_by} వరకు మాత్రమే "
                                  "తిరిగి ఇవ్వవచ్చు.",
        "FINAL_SALE": "{item} ఫైనల్ సేల్‌లో అమ్మబడింది, కాబట్టి తిరిగి తీసుకోలేము.",
        "QTY_EXCEEDS_REMAINING": "ఈ రసీదులోని {sold} {item}లో ఇంకా {remaining} మాత్రమే తిరిగి ఇవ్వవచ్చు.",
        "QTY_EXCEEDS_REMAINING.none": "ఈ రసీదులోని మొత్తం {sold} {item} ఇప్పటికే తిరిగి ఇవ్వబడ్డాయి.",
        "NOT_ON_RECEIPT": "ఈ రసీదులో {line}వ వరుస లేదు.",
        "SERIAL_MISMATCH": "ఈ {item} సీరియల్ నంబర్ రసీదులో అమ్మిన దానితో సరిపోలడం లేదు.",
        "DAMAGED": "{item} పాడైన స్థితిలో తిరిగి వచ్చింది, దీనికి రిటర్న్ పాలసీ వర్తించదు.",
        "RESTOCKING_FEE": "తెరిచిన {category} వస్తువులపై {pct}% రీస్టాకింగ్ రుసుము ({fee}) ఉంటుంది.",
        "RESTOCKING_FEE.always": "తిరిగి ఇచ్చిన {category} వస్తువులపై {pct}% రీస్టాకింగ్ రుసుము ({fee}) ఉంటుంది.",
        "OTHER_STORE": "ఈ రసీదు స్టోర్ {store}కి చెందినది; ఈ స్టోర్ తన సొంత అమ్మకాలను మాత్రమే తిరిగి తీసుకుంటుంది.",
        "NO_RECEIPT": "రసీదు లేకుండా, {item}కు గత {lookback} రోజులలో అతి తక్కువ ధర అయిన {price} స్టోర్ క్రెడిట్‌గా "
                      "తిరిగి ఇవ్వబడుతుంది.",
        "NO_RECEIPT.current": "రసీదు లేకుండా, {item}కు ఈరోజు ధర {price} స్టోర్ క్రెడిట్‌గా తిరిగి ఇవ్వబడుతుంది.",
        "NO_RECEIPT_NOT_ALLOWED": "ఈ స్టోర్ రసీదు లేని రిటర్న్‌లను తీసుకోదు.",
        "ID_REQUIRED": "రసీదు లేని రిటర్న్‌కు ఫోటో గుర్తింపు కార్డు అవసరం.",
        "NO_RECEIPT_LIMIT.count": "12 నెలల్లో ఇది రసీదు లేని {count}వ రిటర్న్ అవుతుంది; పరిమితి {limit}.",
        "NO_RECEIPT_LIMIT.value": "రసీదు లేని రిటర్న్‌లకు 12 నెలల్లో {limit} పరిమితి ఉంది, ఇది మొత్తాన్ని {total}కి "
                                  "పెంచుతుంది.",
        "CASH_LIMIT": "{cash} నగదుగా చెల్లించాల్సి వస్తుంది, ఇది మేనేజర్ లేకుండా కౌంటర్ చెల్లించగల {limit} కంటే ఎక్కువ.",
        "OVERRIDDEN": "పాలసీకి మినహాయింపును మేనేజర్ ఆమోదించారు ({codes}).",
        "SUMMARY.approve": "మేము {total} తిరిగి ఇస్తాము: {tenders}.",
        "SUMMARY.approve.one": "మేము {tender} తిరిగి ఇస్తాము.",
        "SUMMARY.approve.nothing": "మేము దీనిని తిరిగి తీసుకుంటాము; దీనికి ఏమీ చెల్లించలేదు, కాబట్టి తిరిగి ఇవ్వడానికి ఏమీ లేదు.",
        "SUMMARY.needs_override": "డబ్బు తిరిగి ఇవ్వడానికి ముందు ఈ రిటర్న్‌ను మేనేజర్ ఆమోదించాలి.",
        "SUMMARY.deny": "ఈ వస్తువును మేము తిరిగి తీసుకోలేము.",
        "TENDER.card": "{last4}తో ముగిసే కార్డుకు {amount}",
        "TENDER.card_nolast4": "ఉపయోగించిన కార్డుకు {amount}",
        "TENDER.gift_card": "గిఫ్ట్ కార్డుకు {amount}",
        "TENDER.store_credit": "స్టోర్ క్రెడిట్‌గా {amount}",
        "TENDER.cash": "నగదుగా {amount}",
        "AND": "{first} మరియు {last}",
        "ITEMS": "వస్తువులు",
    },
}
