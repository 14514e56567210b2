## दो टैप वाले फ़्लो की स्क्रीनें (issues #19, #20): हर स्क्रीन एक मैसेज, आसान शब्द।

screens-photo-received = आपकी फ़ोटो मिल गई।
screens-previewing = ⏳ आपका मुफ़्त प्रीव्यू बन रहा है…
screens-preview-below = ⬇️ आपका मुफ़्त प्रीव्यू नीचे है।
screens-finalizing = ⏳ आपकी फ़ाइनल फ़ोटो और प्रिंट शीट बन रही हैं — ये नीचे फ़ाइलों के रूप में आएँगी।
screens-preview-caption =
    मुफ़्त प्रीव्यू (वॉटरमार्क के साथ) — { $spec }
    { $size } · बैकग्राउंड: { $background } · { $outfit } · टच-अप: { $touchups }
screens-final-free = फ़ाइनल फ़ोटो और { $paper } प्रिंट शीट मुफ़्त हैं।
screens-final-stars = फ़ाइनल फ़ोटो और प्रिंट करने लायक शीट: { $stars } ⭐ (Telegram Stars)। अगर ये डिलीवर न हो सकें, तो आपके Stars अपने आप वापस आ जाएँगे।
screens-finals-left = फ़ाइनल फ़ोटो और { $paper } प्रिंट शीट मुफ़्त हैं: { $period ->
        [day] आज
        [week] इस हफ़्ते
       *[month] इस महीने
    } { $count } में से { $left } मुफ़्त फ़ोटो बाकी हैं।
screens-bg-warning = ⚠️ { $spec } के लिए { $required } बैकग्राउंड चाहिए: इस बैकग्राउंड वाली फ़ोटो अस्वीकार हो सकती है।
screens-choose-background =
    बैकग्राउंड का रंग? { $spec } के लिए ज़रूरी: { $required }।
    ⚠️ वाले रंग इस दस्तावेज़ के लिए मान्य नहीं हैं।
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = कपड़े? अपने कपड़े रखें या फ़ॉर्मल आउटफ़िट पहनें।
screens-confirm-final =
    फ़ाइनल फ़ोटो बनाएँ?
    आपको फ़ोटो और { $paper } प्रिंट शीट फ़ाइलों के रूप में मिलेंगी (बिना कम्प्रेशन के)।
screens-done = हो गया! इसी फ़ोटो से कोई और दस्तावेज़ चाहिए? फिर से मुफ़्त प्रीव्यू से शुरू होगा।
