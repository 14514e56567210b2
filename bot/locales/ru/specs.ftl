## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (used in titles).
specs-doc-passport = паспорт
specs-doc-visa = виза
specs-doc-schengen-visa = Шенгенская виза
specs-doc-evisa = электронная виза
specs-doc-visa-on-arrival = виза по прибытии
specs-doc-id-card = ID-карта
specs-doc-internal-passport = внутренний паспорт
specs-doc-residence-permit = вид на жительство
specs-doc-green-card = грин-карта
specs-doc-dv-lottery = лотерея DV
specs-doc-pr-card = PR-карта
specs-doc-oci-card = карта OCI
specs-doc-citizenship = гражданство
specs-doc-driving-licence = водительские права
specs-doc-police-certificate = справка о несудимости
specs-doc-pan-card = карта PAN
specs-doc-voter-id = карточка избирателя
specs-doc-custom = свой размер

# The country name is in the nominative (CLDR), so "Германия — паспорт" rather than a genitive.
specs-title = { $country } — { $document }
specs-title-variant = { $country } — { $document } ({ $variant })
specs-title-custom = Свой размер { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } мм
specs-size-in = { $width }×{ $height }″
specs-size-px = { $width }×{ $height } пикселей

## Background colours.
specs-colour-white = белый
specs-colour-off-white = молочно-белый
specs-colour-light-grey = светло-серый
specs-colour-grey = серый
specs-colour-cream = кремовый
specs-colour-beige = бежевый
specs-colour-light-blue = голубой
specs-colour-blue = синий
specs-colour-red = красный
specs-colour-other = нестандартный цвет

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 Цифровое фото, { $size }
specs-req-head = 👤 Голова от подбородка до макушки: { $min }–{ $max } мм
specs-req-head-pct = 👤 Голова от подбородка до макушки: { $min }–{ $max } % высоты
specs-req-eyes = 👁 Глаза: { $min }–{ $max } мм от нижнего края
specs-req-head-top = ⬆️ Над головой: { $min }–{ $max } мм
specs-req-background = 🎨 Фон: { $colours }
specs-req-file = 💾 Файл { $format }
specs-req-file-limit = 💾 Файл { $format } такого размера, какой примет онлайн-форма
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = без очков
specs-rule-glasses-clear = прозрачные очки допустимы, если глаза полностью видны
specs-rule-neutral = нейтральное выражение лица, рот закрыт
specs-rule-smile-ok = лёгкая улыбка допустима
specs-rule-recent = { $months ->
    [one] фото не старше { $months } месяца
    [few] фото не старше { $months } месяцев
    [many] фото не старше { $months } месяцев
   *[other] фото не старше { $months } месяца
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ Это фото могут сделать прямо в учреждении во время приёма. Уточните, прежде чем печатать или платить за него.
specs-warning-de-e-photo = ⚠️ С мая 2025 года фото для паспорта и ID-карты Германии делают в ведомстве (Bürgeramt) или их отправляет туда в цифровом виде зарегистрированный фотограф; напечатанные фото больше не принимают.
specs-warning-no-edit = ⚠️ Фото с отредактированным или заменённым фоном отклоняют. Снимайте селфи у однотонной светлой стены и оставьте фон как есть.
specs-warning-photographer = ⚠️ Снимать должен профессиональный фотограф, который пишет на обороте название студии и дату.
specs-warning-hijab = ⚠️ Женщины должны быть в платке (хиджабе); всё лицо должно оставаться открытым.
specs-warning-size-disputed = ⚠️ Источники расходятся в размере: по некоторым — { $size }. Уточните в учреждении, куда подаёте документы.

## Custom sizes.
specs-custom-error-format = Не получилось понять «{ $text }» как размер фото. Попробуйте 35x45mm, 2x2in или 600x800px.
specs-custom-error-unit = «{ $text }» — это миллиметры, дюймы или пиксели? Добавьте единицу, например { $example }, 2x2in или 600x800px.
specs-custom-error-mm-range = Каждая сторона должна быть от { $min } до { $max } мм.
specs-custom-error-px-range = Каждая сторона должна быть от { $min } до { $max } пикс.
specs-custom-error-landscape = Ширина больше высоты, а фото на документы вертикальные. Может быть, вы имели в виду { $suggestion }?
specs-custom-error-ratio = Такая форма слишком узкая для фото лица: ширина ÷ высота должна быть от { $min } до { $max }.
specs-custom-error-dpi = Разрешение должно быть от { $min } до { $max } dpi.
specs-custom-error-too-big = При { $dpi } dpi это { $width }×{ $height } пикс. — больше лимита в { $max } пикс. Укажите меньший dpi.

## Diagram labels.
specs-diagram-side = { $value } мм
specs-diagram-side-px = { $value } px
specs-diagram-head = голова { $min }–{ $max } мм
specs-diagram-eyes = глаза { $min }–{ $max } мм
specs-diagram-head-pct = голова { $min }–{ $max } %
specs-diagram-eyes-pct = глаза { $min }–{ $max } %
