"""The written replies a customer receives, in the store policy's language.

Like receipts (desktop/printing/words.py), what goes to the customer follows
the store's locale, not the clerk's screen. Each template is a subject and a
body with the same placeholders in every language: {case}, {customer},
{subject}, {receipt}, {store}, {staff}, {target}, {policy_sentence}, {notes}.
The English here is the source; the other languages are in the catalogues
(desktop/catalogue.py). tests/unit/test_catalogue.py checks every language
has every template with exactly those placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop import catalogue


@dataclass(frozen=True)
class Wording:
    templates: dict[str, tuple[str, str]]  # template -> (subject, body)
    target: str  # how long the answer may take: "{hours} business hours"
    customer: str  # whom to address when there is no name
    survey: str  # under a "resolved" email: how to score us by replying, with {code}
    survey_link: str  # and, when the policy names a survey page, its {link}


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
    survey="How did we do? Reply to this message with a number from 1 (poor) to 5 (excellent), and a few words if "
           "you like. Your reply code is {code}.",
    survey_link="Or tell us here: {link}",
)

def wording(locale: str) -> Wording:
    """The wording for a policy locale ("vi_VN"), from its catalogue (context
    "reply ..."); English for a text the catalogue lacks."""
    say = catalogue.gettext
    return Wording(
        templates={name: (say(locale, f"reply {name} subject", subject), say(locale, f"reply {name} body", body))
                   for name, (subject, body) in ENGLISH.templates.items()},
        target=say(locale, "reply target", ENGLISH.target),
        customer=say(locale, "reply customer", ENGLISH.customer),
        survey=say(locale, "reply survey", ENGLISH.survey),
        survey_link=say(locale, "reply survey link", ENGLISH.survey_link),
    )
