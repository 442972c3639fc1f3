"""The screens' translations: `make translations` extracts the strings
marked with tr() (pyside6-lupdate), fills the .ts files from the tables
below, and compiles them into resources/translations/*.qm (pyside6-lrelease).
A string without a translation stays "unfinished" in its .ts file, and
tests/ui/test_i18n.py fails."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ["desktop/ui/shell.py", "desktop/ui/signin.py"]
BIN = Path(sys.executable).parent

UI: dict[str, dict[str, str]] = {
    "vi": {
        "Returns": "Trả hàng", "Counter queue": "Hàng chờ quầy", "Overrides": "Duyệt ngoại lệ",
        "Service desk": "Dịch vụ khách hàng", "Customers": "Khách hàng", "Reports": "Báo cáo",
        "Reference": "Tra cứu", "Reprint": "In lại", "Not signed in": "Chưa đăng nhập",
        "ReturnDesk: {store} (store {code}, register {register})": "ReturnDesk: {store} (cửa hàng {code}, quầy {register})",
        "{store} · store {code} · register {register}": "{store} · cửa hàng {code} · quầy {register}",
        "Database: {database}": "Cơ sở dữ liệu: {database}", "● connected": "● đã kết nối",
        "✖ database unreachable": "✖ không kết nối được cơ sở dữ liệu",
        "Signed in: {name} ({code}, {role})": "Đã đăng nhập: {name} ({code}, {role})", "Sign out": "Đăng xuất",
        "Sign in with your staff ID and PIN": "Đăng nhập bằng mã nhân viên và mã PIN", "Staff ID": "Mã nhân viên",
        "PIN": "Mã PIN", "Sign in": "Đăng nhập",
        "Locked while {name} was away: sign in to continue": "Đã khóa khi {name} vắng mặt: đăng nhập để tiếp tục",
    },
    "fil": {
        "Returns": "Mga balik", "Counter queue": "Pila sa counter", "Overrides": "Mga override",
        "Service desk": "Service desk", "Customers": "Mga customer", "Reports": "Mga ulat", "Reference": "Sanggunian",
        "Reprint": "Muling i-print", "Not signed in": "Hindi naka-sign in",
        "ReturnDesk: {store} (store {code}, register {register})": "ReturnDesk: {store} (tindahan {code}, kaha {register})",
        "{store} · store {code} · register {register}": "{store} · tindahan {code} · kaha {register}",
        "Database: {database}": "Database: {database}", "● connected": "● nakakonekta",
        "✖ database unreachable": "✖ hindi maabot ang database",
        "Signed in: {name} ({code}, {role})": "Naka-sign in: {name} ({code}, {role})", "Sign out": "Mag-sign out",
        "Sign in with your staff ID and PIN": "Mag-sign in gamit ang iyong staff ID at PIN", "Staff ID": "Staff ID",
        "PIN": "PIN", "Sign in": "Mag-sign in",
        "Locked while {name} was away: sign in to continue": "Naka-lock habang wala si {name}: mag-sign in para magpatuloy",
    },
    "lt": {
        "Returns": "Grąžinimai", "Counter queue": "Eilė prie kasos", "Overrides": "Išimtys", "Service desk": "Aptarnavimas",
        "Customers": "Klientai", "Reports": "Ataskaitos", "Reference": "Žinynas", "Reprint": "Spausdinti pakartotinai",
        "Not signed in": "Neprisijungta",
        "ReturnDesk: {store} (store {code}, register {register})": "ReturnDesk: {store} (parduotuvė {code}, kasa {register})",
        "{store} · store {code} · register {register}": "{store} · parduotuvė {code} · kasa {register}",
        "Database: {database}": "Duomenų bazė: {database}", "● connected": "● prisijungta",
        "✖ database unreachable": "✖ duomenų bazė nepasiekiama",
        "Signed in: {name} ({code}, {role})": "Prisijungęs: {name} ({code}, {role})", "Sign out": "Atsijungti",
        "Sign in with your staff ID and PIN": "Prisijunkite darbuotojo kodu ir PIN", "Staff ID": "Darbuotojo kodas",
        "PIN": "PIN", "Sign in": "Prisijungti",
        "Locked while {name} was away: sign in to continue": "Užrakinta, kol {name} nebuvo: prisijunkite ir tęskite",
    },
    "te": {
        "Returns": "రిటర్న్‌లు", "Counter queue": "కౌంటర్ క్యూ", "Overrides": "మినహాయింపులు", "Service desk": "సేవా డెస్క్",
        "Customers": "కస్టమర్లు", "Reports": "నివేదికలు", "Reference": "సూచిక", "Reprint": "మళ్లీ ముద్రించు",
        "Not signed in": "సైన్ ఇన్ కాలేదు",
        "ReturnDesk: {store} (store {code}, register {register})": "ReturnDesk: {store} (స్టోర్ {code}, కౌంటర్ {register})",
        "{store} · store {code} · register {register}": "{store} · స్టోర్ {code} · కౌంటర్ {register}",
        "Database: {database}": "డేటాబేస్: {database}", "● connected": "● కనెక్ట్ అయింది",
        "✖ database unreachable": "✖ డేటాబేస్ అందుబాటులో లేదు",
        "Signed in: {name} ({code}, {role})": "సైన్ ఇన్: {name} ({code}, {role})", "Sign out": "సైన్ అవుట్",
        "Sign in with your staff ID and PIN": "మీ సిబ్బంది ID మరియు PIN తో సైన్ ఇన్ చేయండి", "Staff ID": "సిబ్బంది ID",
        "PIN": "PIN", "Sign in": "సైన్ ఇన్",
        "Locked while {name} was away: sign in to continue": "{name} దూరంగా ఉన్నప్పుడు లాక్ అయింది: కొనసాగడానికి సైన్ ఇన్ చేయండి",
    },
}


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language, table in UI.items():
        ts = FOLDER / f"returndesk_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *SOURCES, "-ts", str(ts)], cwd=ROOT, check=True,
                       capture_output=True)
        tree = ET.parse(ts)
        tree.getroot().set("language", language)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in table and translation is not None:
                translation.text = table[source]
                translation.attrib.pop("type", None)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)
        print(f"{ts.name}: compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
