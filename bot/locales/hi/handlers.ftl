## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    मुफ़्त प्रीव्यू (वॉटरमार्क के साथ) — { $spec }
    { $size } · बैकग्राउंड { $background } · { $outfit } · टच-अप: { $touchups }
    फ़ाइनल फ़ोटो और { $paper } प्रिंट शीट मुफ़्त हैं।
choose-touchups-free = टच-अप (वैकल्पिक, शुरू में बंद)। ताक़त बदलने के लिए टैप करें, फिर “जारी रखें” दबाएँ।
# $paper: the print sheet's paper
confirm-final-free =
    फ़ाइनल फ़ोटो बनाएँ? यह मुफ़्त है।
    आपको फ़ोटो और { $paper } प्रिंट शीट फ़ाइलों के रूप में मिलेंगी (बिना कंप्रेशन)।
btn-confirm-free = ✅ हाँ, बनाएँ

## A button names a document the bot no longer has (an old menu)

spec-unknown = यह दस्तावेज़ अब सूची में नहीं है। कृपया फिर से चुनें।
