"""The written replies a customer receives, in the store policy's language.

Like receipts (desktop/printing/words.py), what goes to the customer follows
the store's locale, not the clerk's screen. Each template is a subject and a
body with the same placeholders in every language: {case}, {customer},
{subject}, {receipt}, {store}, {staff}, {target}, {policy_sentence}, {notes}.
tests/unit/test_reply_templates.py checks every language has every template
with exactly those placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    templates: dict[str, tuple[str, str]]  # template -> (subject, body)
    target: str  # how long the answer may take: "{hours} business hours"
    customer: str  # whom to address when there is no name


ENGLISH = Wording(
    templates={
        "acknowledge": (
            "Your case {case} with {store}",
            "Dear {customer},\n\nthank you for getting in touch about \"{subject}\". Your case number is {case}; "
            "please mention it if you contact us again, so you never have to tell the story twice.\n\n"
            "We will answer within {target}.\n\nKind regards,\n{staff}\n{store}",
        ),
        "resolved": (
            "Your case {case} is solved",
            "Dear {customer},\n\nyour case {case} (\"{subject}\") is solved. {policy_sentence}\n\n"
            "We will call you in a few days to make sure everything is all right.\n\nKind regards,\n{staff}\n{store}",
        ),
        "need_information": (
            "We need a little more information about case {case}",
            "Dear {customer},\n\nto go on with your case {case} (\"{subject}\") we need a little more information: "
            "\n\n{notes}\n\nYou can reply to this message or visit us with your receipt {receipt}.\n\n"
            "Kind regards,\n{staff}\n{store}",
        ),
    },
    target="{hours} business hours",
    customer="customer",
)

WORDINGS: dict[str, Wording] = {
    "en": ENGLISH,
    "vi": Wording(
        templates={
            "acknowledge": (
                "Hồ sơ {case} của quý khách tại {store}",
                "Kính gửi {customer},\n\ncảm ơn quý khách đã liên hệ về \"{subject}\". Mã hồ sơ của quý khách là "
                "{case}; xin vui lòng nêu mã này khi liên hệ lại, để quý khách không phải kể lại từ đầu.\n\n"
                "Chúng tôi sẽ trả lời trong vòng {target}.\n\nTrân trọng,\n{staff}\n{store}",
            ),
            "resolved": (
                "Hồ sơ {case} của quý khách đã được giải quyết",
                "Kính gửi {customer},\n\nhồ sơ {case} (\"{subject}\") của quý khách đã được giải quyết. "
                "{policy_sentence}\n\nChúng tôi sẽ gọi điện cho quý khách trong vài ngày tới để chắc chắn mọi "
                "việc đều ổn.\n\nTrân trọng,\n{staff}\n{store}",
            ),
            "need_information": (
                "Chúng tôi cần thêm một chút thông tin về hồ sơ {case}",
                "Kính gửi {customer},\n\nđể tiếp tục xử lý hồ sơ {case} (\"{subject}\"), chúng tôi cần thêm một "
                "chút thông tin: \n\n{notes}\n\nQuý khách có thể trả lời thư này hoặc đến cửa hàng cùng hóa đơn "
                "{receipt}.\n\nTrân trọng,\n{staff}\n{store}",
            ),
        },
        target="{hours} giờ làm việc",
        customer="quý khách",
    ),
    "fil": Wording(
        templates={
            "acknowledge": (
                "Ang iyong kaso {case} sa {store}",
                "Mahal na {customer},\n\nsalamat sa pakikipag-ugnayan tungkol sa \"{subject}\". Ang numero ng "
                "iyong kaso ay {case}; pakibanggit ito kung makikipag-ugnayan ka ulit, para hindi mo na kailangang "
                "ikuwento ulit ang lahat.\n\nSasagot kami sa loob ng {target}.\n\nLubos na gumagalang,\n{staff}\n"
                "{store}",
            ),
            "resolved": (
                "Nalutas na ang iyong kaso {case}",
                "Mahal na {customer},\n\nnalutas na ang iyong kaso {case} (\"{subject}\"). {policy_sentence}\n\n"
                "Tatawagan ka namin sa loob ng ilang araw para matiyak na maayos ang lahat.\n\n"
                "Lubos na gumagalang,\n{staff}\n{store}",
            ),
            "need_information": (
                "Kailangan namin ng kaunting dagdag na impormasyon tungkol sa kaso {case}",
                "Mahal na {customer},\n\npara maipagpatuloy ang iyong kaso {case} (\"{subject}\") kailangan namin "
                "ng kaunting dagdag na impormasyon: \n\n{notes}\n\nMaaari kang sumagot sa mensaheng ito o bumisita "
                "sa amin dala ang iyong resibo {receipt}.\n\nLubos na gumagalang,\n{staff}\n{store}",
            ),
        },
        target="{hours} oras ng trabaho",
        customer="customer",
    ),
    "lt": Wording(
        templates={
            "acknowledge": (
                "Jūsų kreipinys {case} parduotuvėje {store}",
                "Gerbiamas (-a) {customer},\n\ndėkojame, kad kreipėtės dėl „{subject}“. Jūsų kreipinio numeris "
                "{case}; nurodykite jį, jei kreipsitės dar kartą, kad nereikėtų visko pasakoti iš naujo.\n\n"
                "Atsakysime per {target}.\n\nPagarbiai\n{staff}\n{store}",
            ),
            "resolved": (
                "Jūsų kreipinys {case} išspręstas",
                "Gerbiamas (-a) {customer},\n\njūsų kreipinys {case} („{subject}“) išspręstas. {policy_sentence}\n\n"
                "Po kelių dienų paskambinsime ir įsitikinsime, kad viskas gerai.\n\nPagarbiai\n{staff}\n{store}",
            ),
            "need_information": (
                "Mums reikia šiek tiek daugiau informacijos apie kreipinį {case}",
                "Gerbiamas (-a) {customer},\n\nkad galėtume tęsti jūsų kreipinio {case} („{subject}“) nagrinėjimą, "
                "mums reikia šiek tiek daugiau informacijos: \n\n{notes}\n\nGalite atsakyti į šį laišką arba "
                "apsilankyti pas mus su kvitu {receipt}.\n\nPagarbiai\n{staff}\n{store}",
            ),
        },
        target="{hours} darbo val.",
        customer="pirkėjau",
    ),
    "te": Wording(
        templates={
            "acknowledge": (
                "{store} లో మీ కేసు {case}",
                "ప్రియమైన {customer},\n\n\"{subject}\" గురించి మమ్మల్ని సంప్రదించినందుకు ధన్యవాదాలు. మీ కేసు నంబర్ "
                "{case}; మళ్లీ సంప్రదించినప్పుడు దీనిని చెప్పండి, అప్పుడు మీరు మొత్తం మళ్లీ చెప్పాల్సిన అవసరం "
                "ఉండదు.\n\nమేము {target} లోపు సమాధానం ఇస్తాము.\n\nభవదీయులు,\n{staff}\n{store}",
            ),
            "resolved": (
                "మీ కేసు {case} పరిష్కరించబడింది",
                "ప్రియమైన {customer},\n\nమీ కేసు {case} (\"{subject}\") పరిష్కరించబడింది. {policy_sentence}\n\n"
                "అంతా బాగుందని నిర్ధారించుకోవడానికి కొన్ని రోజుల్లో మేము మీకు కాల్ చేస్తాము.\n\n"
                "భవదీయులు,\n{staff}\n{store}",
            ),
            "need_information": (
                "కేసు {case} గురించి మాకు మరికొంత సమాచారం కావాలి",
                "ప్రియమైన {customer},\n\nమీ కేసు {case} (\"{subject}\") ను కొనసాగించడానికి మాకు మరికొంత సమాచారం "
                "కావాలి: \n\n{notes}\n\nమీరు ఈ సందేశానికి సమాధానం ఇవ్వవచ్చు లేదా మీ రసీదు {receipt} తో మమ్మల్ని "
                "సందర్శించవచ్చు.\n\nభవదీయులు,\n{staff}\n{store}",
            ),
        },
        target="{hours} పని గంటలు",
        customer="కస్టమర్",
    ),
}


def wording(locale: str) -> Wording:
    """The wording for a policy locale ("vi_VN"); English for any other."""
    return WORDINGS.get(locale.replace("-", "_").split("_")[0].lower(), ENGLISH)
