# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = आपकी फ़ोटो बनाते समय कुछ गड़बड़ हो गई। कृपया फिर कोशिश करें, या दूसरी फ़ोटो भेजें।
engine-unavailable = हमारी तरफ़ की किसी समस्या की वजह से फ़ोटो मेकर अभी उपलब्ध नहीं है। कृपया बाद में कोशिश करें।
engine-unsupported = यह अनुरोध यहाँ पूरा नहीं हो सकता। कृपया दस्तावेज़ फिर से चुनें।
engine-outfits-need-picwish = कपड़े सिर्फ़ ऑनलाइन फ़ोटो सर्विस के साथ मिलते हैं, जो इस बॉट पर सेट नहीं है। आपकी फ़ोटो में आपके अपने कपड़े रहेंगे।

## The face in the photo (checked before anything is charged)

engine-face-problem = मैं इस फ़ोटो का चेहरा इस्तेमाल नहीं कर सकता। कृपया एक ही व्यक्ति की साफ़ फ़ोटो भेजें, जो सीधे कैमरे की ओर देख रहा हो।
engine-no-face = मुझे इस फ़ोटो में कोई चेहरा नहीं मिला। कृपया अच्छी रोशनी में, सीधे कैमरे की ओर देखते हुए अपने चेहरे की फ़ोटो भेजें।
engine-several-faces = मुझे इस फ़ोटो में { $count } चेहरे मिले। आईडी फ़ोटो में सिर्फ़ एक व्यक्ति होता है: कृपया सिर्फ़ अपनी फ़ोटो भेजें, या बाकी लोगों को क्रॉप कर दें।
engine-face-too-small = इस फ़ोटो में आपका चेहरा बहुत छोटा है ({ $face_px } पिक्सेल ऊँचा; मुझे कम से कम { $min_px } चाहिए)। कैमरे के पास आएँ, या ऐसी फ़ोटो भेजें जिसमें चेहरा ज़्यादा जगह ले।
engine-face-turned = आपका सिर कैमरे से हटकर मुड़ा हुआ है। कृपया सीधे कैमरे की ओर देखें, ठोड़ी सीधी रखें, और फ़ोटो फिर से लें।
engine-eyes-closed = इस फ़ोटो में आपकी आँखें बंद लगती हैं। कृपया दोनों आँखें खुली रखकर, कैमरे की ओर देखते हुए फ़ोटो भेजें।

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = तैयार फ़ोटो में मुझे चेहरा नहीं मिला, इसलिए मैं इसे नियमों के हिसाब से जाँच नहीं पाया।
engine-check-intro = ध्यान दें: मैंने यह फ़ोटो मापी है, और हो सकता है यह इस दस्तावेज़ के नियमों पर खरी न उतरे:
engine-check-head-height = सिर (ठोड़ी से चोटी तक) { $measured } mm है; यह { $min }–{ $max } mm होना चाहिए।
engine-check-eye-line = आँखें नीचे के किनारे से { $measured } mm ऊपर हैं; ये { $min }–{ $max } mm पर होनी चाहिए।
engine-check-head-top = सिर के ऊपर की जगह { $measured } mm है; यह { $min }–{ $max } mm होनी चाहिए।
engine-check-face-width = चेहरा { $measured } mm चौड़ा है; यह { $min }–{ $max } mm होना चाहिए।
engine-check-off-centre = सिर बीच से { $offset } mm हटा हुआ है।
engine-check-tilted = सिर { $degrees }° झुका हुआ है।
engine-check-background-uneven = बैकग्राउंड एक-सा नहीं है (सिर्फ़ { $percent } % हिस्सा एक सादे रंग का है)।
engine-check-background-colour = बैकग्राउंड का रंग (#{ $found }) ज़रूरी रंग (#{ $expected }) नहीं है।
