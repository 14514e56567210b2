## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (used in titles: "भारत पासपोर्ट").
specs-doc-passport = पासपोर्ट
specs-doc-visa = वीज़ा
specs-doc-schengen-visa = शेंगेन वीज़ा
specs-doc-evisa = ई-वीज़ा
specs-doc-visa-on-arrival = वीज़ा ऑन अराइवल
specs-doc-id-card = आईडी कार्ड
specs-doc-internal-passport = आंतरिक पासपोर्ट
specs-doc-residence-permit = रेज़िडेंस परमिट
specs-doc-green-card = ग्रीन कार्ड
specs-doc-dv-lottery = ग्रीन कार्ड लॉटरी
specs-doc-pr-card = PR कार्ड
specs-doc-oci-card = OCI कार्ड
specs-doc-citizenship = नागरिकता
specs-doc-driving-licence = ड्राइविंग लाइसेंस
specs-doc-police-certificate = पुलिस क्लीयरेंस सर्टिफ़िकेट
specs-doc-pan-card = पैन कार्ड
specs-doc-voter-id = वोटर आईडी
specs-doc-custom = कस्टम साइज़

specs-title = { $country } { $document }
specs-title-variant = { $country } { $document } ({ $variant })
specs-title-custom = कस्टम साइज़ { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } इंच
specs-size-px = { $width }×{ $height } पिक्सेल

## Background colours.
specs-colour-white = सफ़ेद
specs-colour-off-white = ऑफ़-व्हाइट
specs-colour-light-grey = हल्का स्लेटी
specs-colour-grey = स्लेटी
specs-colour-cream = क्रीम
specs-colour-beige = बेज
specs-colour-light-blue = हल्का नीला
specs-colour-blue = नीला
specs-colour-red = लाल
specs-colour-other = कस्टम रंग

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 डिजिटल फ़ोटो, { $size }
specs-req-head = 👤 सिर, ठोड़ी से चोटी तक: { $min }–{ $max } mm
specs-req-head-pct = 👤 सिर, ठोड़ी से चोटी तक: ऊँचाई का { $min }–{ $max } %
specs-req-eyes = 👁 आँखें: नीचे के किनारे से { $min }–{ $max } mm ऊपर
specs-req-head-top = ⬆️ सिर के ऊपर जगह: { $min }–{ $max } mm
specs-req-background = 🎨 बैकग्राउंड: { $colours }
specs-req-file = 💾 { $format } फ़ाइल
specs-req-file-limit = 💾 { $format } फ़ाइल, ऑनलाइन फ़ॉर्म की साइज़ सीमा के भीतर
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = चश्मा नहीं
specs-rule-glasses-clear = साफ़ चश्मा चलेगा, अगर आँखें पूरी दिखें
specs-rule-neutral = सामान्य भाव, मुँह बंद
specs-rule-smile-ok = हल्की मुस्कान चलेगी
specs-rule-recent = { $months ->
    [one] पिछले एक महीने के अंदर ली गई
   *[other] पिछले { $months } महीनों के अंदर ली गई
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ हो सकता है दफ़्तर आपकी अपॉइंटमेंट पर ख़ुद यह फ़ोटो ले। फ़ोटो प्रिंट करने या उसके पैसे देने से पहले पता कर लें।
specs-warning-de-e-photo = ⚠️ मई 2025 से जर्मन पासपोर्ट और आईडी कार्ड की फ़ोटो नागरिक कार्यालय (Bürgeramt) में ली जाती है या कोई रजिस्टर्ड फ़ोटोग्राफ़र उसे डिजिटल रूप से वहाँ भेजता है; प्रिंट की गई फ़ोटो अब स्वीकार नहीं होती।
specs-warning-no-edit = ⚠️ एडिट किए गए या बदले गए बैकग्राउंड वाली फ़ोटो अस्वीकार कर दी जाती है। सादी, हल्के रंग की दीवार के सामने सेल्फ़ी लें और वही बैकग्राउंड रखें।
specs-warning-photographer = ⚠️ फ़ोटो किसी पेशेवर फ़ोटोग्राफ़र से खिंचवानी होगी, जो पीछे स्टूडियो का नाम और तारीख़ लिखता है।
specs-warning-hijab = ⚠️ महिलाओं को सिर पर स्कार्फ़ (हिजाब) पहनना होगा; पूरा चेहरा दिखना चाहिए।
specs-warning-size-disputed = ⚠️ साइज़ को लेकर स्रोतों में मतभेद है: कुछ के अनुसार { $size }। आपका आवेदन लेने वाले दफ़्तर से पुष्टि कर लें।

## Custom sizes.
specs-custom-error-format = मैं “{ $text }” को फ़ोटो साइज़ के रूप में नहीं समझ पाया। 35x45mm, 2x2in या 600x800px आज़माएँ।
specs-custom-error-unit = “{ $text }” मिलीमीटर, इंच या पिक्सेल में है? यूनिट जोड़ें, जैसे { $example }, 2x2in या 600x800px।
specs-custom-error-mm-range = हर साइड { $min } से { $max } mm के बीच होनी चाहिए।
specs-custom-error-px-range = हर साइड { $min } से { $max } पिक्सेल के बीच होनी चाहिए।
specs-custom-error-landscape = यह ऊँचाई से ज़्यादा चौड़ा है; आईडी फ़ोटो खड़ी होती है। क्या आपका मतलब { $suggestion } था?
specs-custom-error-ratio = यह आकार चेहरे की फ़ोटो के लिए बहुत पतला है: चौड़ाई ÷ ऊँचाई { $min } से { $max } के बीच होनी चाहिए।
specs-custom-error-dpi = रिज़ॉल्यूशन { $min } से { $max } dpi के बीच होना चाहिए।
specs-custom-error-too-big = { $dpi } dpi पर यह { $width }×{ $height } पिक्सेल होता है, जो { $max } px की सीमा से ज़्यादा है। कम dpi इस्तेमाल करें।

## Diagram labels.
# Drawn on the diagram PNG with DejaVu Sans, which has no Devanagari glyphs: kept in Latin
# script until bot/specs/diagram.py gets a font that covers Hindi.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = head { $min }–{ $max } mm
specs-diagram-eyes = eyes { $min }–{ $max } mm
specs-diagram-head-pct = head { $min }–{ $max } %
specs-diagram-eyes-pct = eyes { $min }–{ $max } %
