## Conversation: the screens a user sees, in order.

welcome =
    नमस्ते! मैं पासपोर्ट, वीज़ा और आईडी के लिए आधिकारिक नियमों के मुताबिक फ़ोटो बनाता हूँ।
    मुझे एक सेल्फ़ी भेजें: कैमरे की ओर देखें, रोशनी एक-सी हो, बैकग्राउंड सादा हो, चश्मा न हो।
    सबसे अच्छी क्वालिटी के लिए इसे फ़ाइल के रूप में भेजें (📎 → फ़ाइल), ताकि Telegram इसे कंप्रेस न करे।
welcome-preselected = चुना गया: { $spec }।
ask-photo = अपने चेहरे की एक फ़ोटो भेजें (फ़ोटो के रूप में, या सबसे अच्छी क्वालिटी के लिए फ़ाइल के रूप में)।
photo-checking = आपकी फ़ोटो जाँच रहा हूँ…
photo-compressed-tip = सुझाव: Telegram ने यह फ़ोटो कंप्रेस कर दी है। सबसे साफ़ नतीजे के लिए अगली बार इसे फ़ाइल के रूप में भेजें।

choose-spec =
    यह फ़ोटो किस दस्तावेज़ के लिए है?
    किसी एक पर टैप करें, या देश, दस्तावेज़ या साइज़ लिखें — जैसे “भारत पासपोर्ट”, “जर्मनी”, “35x45mm”, “2x2in”।
spec-search-results = “{ $query }” के नतीजे:
spec-search-none = “{ $query }” से कुछ नहीं मिला। कोई देश, दस्तावेज़ (पासपोर्ट, वीज़ा, आईडी कार्ड) या 35x45mm जैसा साइज़ लिखकर देखें।
bg-white = सफ़ेद
bg-light-grey = हल्का स्लेटी
bg-blue = नीला
bg-red = लाल
bg-gradient = नीला → सफ़ेद ग्रेडिएंट
bg-custom = दूसरा रंग…
ask-custom-color = रंग का hex कोड लिखें, जैसे 438EDB। ऊपर से नीचे ग्रेडिएंट के लिए दो कोड लिखें: 438EDB FFFFFF।
custom-color-invalid = “{ $text }” रंग का कोड नहीं है। छह hex अंक लिखें, जैसे 438EDB (या ग्रेडिएंट के लिए दो कोड)।

outfit-own = अपने कपड़े रखें
outfit-group-man = पुरुषों के सूट
outfit-group-woman = महिलाओं के कपड़े
outfit-group-child = बच्चों के कपड़े
outfit-item = { $group ->
    [man] पुरुष { $number }
    [woman] महिला { $number }
   *[child] बच्चा { $number }
}
outfit-pick = कपड़े चुनें:

touchup-bright = चमक: { $level }
touchup-smooth = त्वचा मुलायम: { $level }
touchup-thin_face = पतला चेहरा: { $level }
touchup-sharp = शार्पनेस: { $level }
touchup-level = { $level ->
    [0] बंद
    [1] हल्का
    [2] मध्यम
   *[3] तेज़
}

choose-paper = प्रिंट शीट: काग़ज़ का साइज़ और दिशा, शीट का रंग, और चाहें तो एक लेबल या QR कोड।
paper-6inch = 6″ (4×6 इंच, 10×15 cm)
paper-5inch = 5″ (3.5×5 इंच)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = आड़ा (लैंडस्केप)
paper-vertical = खड़ा (पोर्ट्रेट)
paper-current = ✓ { $label }
sheet-canvas-ffffff = सफ़ेद शीट
sheet-canvas-eeeeee = हल्की स्लेटी शीट
sheet-canvas-ddeeff = हल्की नीली शीट
btn-sheet-label = 🏷 लेबल जोड़ें
btn-sheet-label-set = 🏷 लेबल: { $text }
btn-sheet-qr = 🔳 QR कोड जोड़ें
btn-sheet-qr-set = 🔳 QR कोड ✓
ask-sheet-label = फ़ोटो के पास छपने वाला लेबल लिखें (नाम, कक्षा…): अधिकतम 2 पंक्तियाँ, हर पंक्ति में 40 अक्षर।
ask-sheet-qr = शीट के QR कोड में क्या होना चाहिए, लिखें: कोई लिंक या छोटा टेक्स्ट (अधिकतम 300 अक्षर)।
btn-sheet-label-none = कोई लेबल नहीं
btn-sheet-qr-none = कोई QR कोड नहीं
sheet-label-invalid = यह लेबल नहीं समाता: अधिकतम 2 पंक्तियाँ, हर पंक्ति में { $chars } अक्षर।
sheet-qr-invalid = यह QR कोड में नहीं समाता: 1 से { $chars } अक्षर लिखें।

outfit-none = अपने कपड़े
touchups-none = कोई नहीं

btn-change-spec = 📄 दस्तावेज़
btn-change-background = 🎨 बैकग्राउंड
btn-change-outfit = 👔 कपड़े
btn-change-touchups = ✨ टच-अप
btn-change-paper = 🖨 काग़ज़
btn-final = ✅ फ़ाइनल फ़ोटो पाएँ
btn-new-photo = 📷 नई फ़ोटो
btn-retry-preview = 🔁 प्रीव्यू फिर से बनाएँ
btn-back = ← वापस
btn-continue = जारी रखें →
btn-another-size = 📐 इसी फ़ोटो से दूसरा साइज़
btn-more = और →
btn-prev = ← पिछले

final-already-running = आपकी फ़ाइनल फ़ोटो पहले से बन रही है — बस आने ही वाली है।
preview-already-running = आपका प्रीव्यू अभी बन रहा है — एक पल रुकें।
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } आपसे कोई चार्ज नहीं लिया गया; दोबारा कोशिश करने के लिए “फ़ाइनल फ़ोटो पाएँ” पर टैप करें।
final-interrupted = आपकी फ़ाइनल फ़ोटो बनाते समय बॉट रीस्टार्ट हो गया। दोबारा कोशिश करने के लिए “फ़ाइनल फ़ोटो पाएँ” पर टैप करें।

## General.
help =
    मैं सेल्फ़ी को पासपोर्ट, वीज़ा या आईडी फ़ोटो और प्रिंट करने लायक शीट में बदलता हूँ।
    1. अपने चेहरे की फ़ोटो भेजें। 2. दस्तावेज़ चुनें। 3. बैकग्राउंड और कपड़े चुनें।
    4. मुफ़्त प्रीव्यू देखें। 5. फ़ाइनल फ़ोटो और शीट फ़ाइलों के रूप में पाएँ।
    कमांड: /start — शुरू करें, /new — नई फ़ोटो से फिर शुरू करें, /cancel — रोकें, /deletedata — अपना डेटा मिटाएँ, /help — यह संदेश।
cancelled = रद्द कर दिया। जब भी फ़ोटो चाहिए, /start भेजें।
nothing-to-cancel = रद्द करने के लिए कुछ नहीं है। फ़ोटो बनाने के लिए /start भेजें।
menu-expired = यह मेन्यू पुराना हो गया है। फिर से शुरू करने के लिए /start भेजें।
menu-not-yours = यह मेन्यू आपका नहीं है — अपना मेन्यू पाने के लिए /idphoto भेजें।
tap-a-button = कृपया ऊपर दिए किसी बटन पर टैप करें (या रोकने के लिए /cancel)।
send-a-photo = कृपया अपने चेहरे की फ़ोटो भेजें — फ़ोटो या फ़ाइल के रूप में।
unsupported-message = मैं इसका इस्तेमाल नहीं कर सकता। कृपया अपने चेहरे की फ़ोटो भेजें — फ़ोटो या फ़ाइल के रूप में।
session-timed-out = लंबे समय तक कुछ न करने से आपका सेशन ख़त्म हो गया और आपकी फ़ोटो मिटा दी गई। फिर से शुरू करने के लिए /start भेजें।
error-generic = माफ़ कीजिए, मेरी तरफ़ से कुछ गड़बड़ हो गई। एक मिनट बाद फिर कोशिश करें, या फिर से शुरू करने के लिए /start भेजें।
data-deleted = हो गया: आपकी फ़ोटो, सेशन और निजी डेटा मिटा दिए गए हैं। सिर्फ़ गुमनाम इस्तेमाल के आँकड़े बचे हैं।
## Command menu descriptions.
cmd-start = पासपोर्ट, वीज़ा या आईडी फ़ोटो बनाएँ
cmd-new = नई फ़ोटो से फिर शुरू करें
cmd-cancel = मौजूदा फ़ोटो रोकें
cmd-help = यह कैसे काम करता है
cmd-deletedata = मेरी फ़ोटो और डेटा मिटाएँ
photo-expired = आपकी फ़ोटो अब मेरे पास नहीं है (आपकी प्राइवेसी के लिए कुछ समय बाद मिटा दी जाती है)। कृपया फिर से भेजें।

## Language.
choose-language = अपनी भाषा चुनें:
language-set = भाषा: { $language }।
cmd-language = भाषा बदलें
