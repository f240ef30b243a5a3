"""Headings of the printed Art. 15 copy in the client's language, beside the German ones.

One table per language of the agreement texts (``agreement_texts.TEXTS``: the same languages,
the same right-to-left set, the page word taken from there); the section keys are those of
``desktop_app.app.auskunft.HEADINGS`` plus ``title``. Every language has every key (a test
checks). The languages of ``agreement_texts.NEEDS_REVIEW`` still need a native speaker's check
here too (docs/USER_GUIDE.md).
"""

from __future__ import annotations

from desktop_app.ui.case_file.agreement_texts import TEXTS

HEADINGS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO)",
        "master": "Stammdaten", "household": "Haushalt", "sessions": "Beratungen",
        "plan": "Integrationsplan", "agreements": "Integrationsvereinbarungen",
        "referrals": "Vermittlungen", "consents": "Einwilligungen",
        "follow_ups": "Wiedervorlagen", "documents": "Dokumente",
        "history": "Verlauf der Änderungen",
    },
    "en": {
        "title": "Copy of your stored data (Art. 15 GDPR)",
        "master": "Personal data", "household": "Household", "sessions": "Counselling sessions",
        "plan": "Integration plan", "agreements": "Integration agreements",
        "referrals": "Referrals", "consents": "Consents", "follow_ups": "Follow-up dates",
        "documents": "Documents", "history": "History of changes",
    },
    "ar": {
        "title": "نسخة من بياناتك المحفوظة (المادة 15 من اللائحة العامة لحماية البيانات)",
        "master": "البيانات الشخصية", "household": "الأسرة", "sessions": "جلسات الاستشارة",
        "plan": "خطة الاندماج", "agreements": "اتفاقيات الاندماج", "referrals": "الإحالات",
        "consents": "الموافقات", "follow_ups": "مواعيد المتابعة", "documents": "المستندات",
        "history": "سجل التغييرات",
    },
    "prs": {
        "title": "کاپی معلومات ذخیره‌شدهٔ شما (مادهٔ ۱۵ مقررهٔ عمومی حفاظت از معلومات)",
        "master": "معلومات شخصی", "household": "خانواده", "sessions": "جلسات مشوره",
        "plan": "پلان ادغام", "agreements": "توافقنامه‌های ادغام", "referrals": "ارجاعات",
        "consents": "رضایت‌نامه‌ها", "follow_ups": "تاریخ‌های پیگیری", "documents": "اسناد",
        "history": "تاریخچهٔ تغییرات",
    },
    "fa": {
        "title": "رونوشت داده‌های ذخیره‌شدهٔ شما (مادهٔ ۱۵ مقررات عمومی حفاظت از داده‌ها)",
        "master": "اطلاعات شخصی", "household": "خانوار", "sessions": "جلسات مشاوره",
        "plan": "برنامهٔ ادغام", "agreements": "موافقت‌نامه‌های ادغام", "referrals": "ارجاع‌ها",
        "consents": "رضایت‌نامه‌ها", "follow_ups": "تاریخ‌های پیگیری", "documents": "مدارک",
        "history": "سابقهٔ تغییرات",
    },
    "ps": {
        "title": "ستاسو د خوندي شويو معلوماتو کاپي (د معلوماتو د ساتنې د عمومي مقرراتو ۱۵مه ماده)",
        "master": "شخصي معلومات", "household": "کورنۍ", "sessions": "د مشورې غونډې",
        "plan": "د ادغام پلان", "agreements": "د ادغام تړونونه", "referrals": "ارجاعات",
        "consents": "رضايتونه", "follow_ups": "د تعقيب نېټې", "documents": "اسناد",
        "history": "د بدلونونو تاريخچه",
    },
    "uk": {
        "title": "Копія ваших збережених даних (ст. 15 GDPR)",
        "master": "Персональні дані", "household": "Домогосподарство", "sessions": "Консультації",
        "plan": "План інтеграції", "agreements": "Угоди про інтеграцію",
        "referrals": "Направлення", "consents": "Згоди", "follow_ups": "Дати нагадувань",
        "documents": "Документи", "history": "Історія змін",
    },
    "ru": {
        "title": "Копия ваших сохранённых данных (ст. 15 GDPR)",
        "master": "Персональные данные", "household": "Домохозяйство", "sessions": "Консультации",
        "plan": "План интеграции", "agreements": "Соглашения об интеграции",
        "referrals": "Направления", "consents": "Согласия", "follow_ups": "Даты напоминаний",
        "documents": "Документы", "history": "История изменений",
    },
    "fr": {
        "title": "Copie de vos données enregistrées (art. 15 RGPD)",
        "master": "Données personnelles", "household": "Ménage", "sessions": "Entretiens",
        "plan": "Plan d’intégration", "agreements": "Conventions d’intégration",
        "referrals": "Orientations", "consents": "Consentements", "follow_ups": "Rappels",
        "documents": "Documents", "history": "Historique des modifications",
    },
    "tr": {
        "title": "Kayıtlı verilerinizin kopyası (GDPR madde 15)",
        "master": "Kişisel bilgiler", "household": "Hane", "sessions": "Danışmanlık görüşmeleri",
        "plan": "Uyum planı", "agreements": "Uyum sözleşmeleri", "referrals": "Yönlendirmeler",
        "consents": "Onaylar", "follow_ups": "Takip tarihleri", "documents": "Belgeler",
        "history": "Değişiklik geçmişi",
    },
    "kmr": {
        "title": "Kopiya daneyên we yên tomarkirî (xala 15 ya GDPR)",
        "master": "Agahiyên kesane", "household": "Malbat", "sessions": "Hevdîtinên şêwirdariyê",
        "plan": "Plana entegrasyonê", "agreements": "Peymanên entegrasyonê",
        "referrals": "Şandin", "consents": "Razîbûn", "follow_ups": "Dîrokên şopandinê",
        "documents": "Belge", "history": "Dîroka guhertinan",
    },
    "ti": {
        "title": "ቅዳሕ ዝተዓቀበ ሓበሬታኹም (ዓንቀጽ 15 GDPR)",
        "master": "ውልቃዊ ሓበሬታ", "household": "ስድራቤት", "sessions": "ናይ ምኽሪ ርክባት",
        "plan": "መደብ ምውህሃድ", "agreements": "ስምምዓት ምውህሃድ", "referrals": "ምሕላፋት",
        "consents": "ፍቓዳት", "follow_ups": "ዕለታት ክትትል", "documents": "ሰነዳት",
        "history": "ታሪኽ ለውጥታት",
    },
    "so": {
        "title": "Nuqulka xogtaada la kaydiyay (Qodobka 15aad ee GDPR)",
        "master": "Xogta shakhsiga", "household": "Qoyska", "sessions": "Kulamada la-talinta",
        "plan": "Qorshaha is-dhexgalka", "agreements": "Heshiisyada is-dhexgalka",
        "referrals": "Gudbinta", "consents": "Oggolaanshaha", "follow_ups": "Taariikhaha dabagalka",
        "documents": "Dukumentiyada", "history": "Taariikhda isbeddellada",
    },
    "ka": {
        "title": "თქვენი შენახული მონაცემების ასლი (GDPR-ის მე-15 მუხლი)",
        "master": "პერსონალური მონაცემები", "household": "შინამეურნეობა",
        "sessions": "საკონსულტაციო შეხვედრები", "plan": "ინტეგრაციის გეგმა",
        "agreements": "ინტეგრაციის შეთანხმებები", "referrals": "მიმართვები",
        "consents": "თანხმობები", "follow_ups": "შეხსენების თარიღები", "documents": "დოკუმენტები",
        "history": "ცვლილებების ისტორია",
    },
}  # fmt: skip
KEYS = frozenset(HEADINGS["de"])


def headings(language: str | None) -> dict[str, str] | None:
    """The headings in the client's language (with the agreement texts' word for *Seite*), or
    None where there is no second language (German only)."""
    if not language or language == "de" or language not in HEADINGS or language not in TEXTS:
        return None
    return {**HEADINGS[language], "page": TEXTS[language]["page"]}
