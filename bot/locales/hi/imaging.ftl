# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = यह फ़ाइल खाली है (0 बाइट)। कृपया फ़ोटो फिर से भेजें।

imaging-not-an-image = यह फ़ाइल ऐसी फ़ोटो नहीं है जिसे मैं पढ़ सकूँ। कृपया JPEG, PNG, WebP, HEIC, BMP या TIFF फ़ोटो भेजें।

imaging-corrupt = यह फ़ोटो ख़राब या अधूरी लगती है, इसलिए मैं इसे खोल नहीं पा रहा। कृपया इसे फिर से भेजें, या कोई दूसरी कॉपी भेजें।

imaging-animated = { $kind ->
    [video] मुझे वीडियो नहीं, स्थिर फ़ोटो चाहिए। कृपया अपने चेहरे की फ़ोटो भेजें।
    [video_note] मुझे वीडियो मैसेज नहीं, स्थिर फ़ोटो चाहिए। कृपया अपने चेहरे की फ़ोटो भेजें।
    [sticker] स्टिकर से आईडी फ़ोटो नहीं बन सकती। कृपया अपने चेहरे की फ़ोटो भेजें।
   *[animation] एनिमेटेड तस्वीर से आईडी फ़ोटो नहीं बन सकती। कृपया स्थिर फ़ोटो भेजें।
}

imaging-too-big-download = यह फ़ाइल { NUMBER($size_mb, maximumFractionDigits: 1) } MB की है, और Telegram मुझे सिर्फ़ { $limit_mb } MB तक की फ़ाइलें डाउनलोड करने देता है। कृपया छोटी फ़ाइल भेजें, या इसे फ़ाइल की जगह फ़ोटो के रूप में भेजें।

imaging-bomb = इस तस्वीर में इतने ज़्यादा पिक्सेल हैं कि मैं इसे सुरक्षित रूप से नहीं खोल सकता। कृपया कैमरे से ली गई सामान्य फ़ोटो भेजें, या उसकी छोटी कॉपी।

imaging-too-small = यह फ़ोटो सिर्फ़ { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } पिक्सेल की है, जो आईडी फ़ोटो के लिए बहुत छोटी है। कृपया ऐसी फ़ोटो भेजें जिसकी छोटी साइड कम से कम { NUMBER($min_side, useGrouping: 0) } पिक्सेल हो।

imaging-low-resolution = ध्यान दें: आपकी फ़ोटो { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } पिक्सेल की है, जो इस दस्तावेज़ के लिए ज़रूरी { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } पिक्सेल से कम है, इसलिए नतीजा धुँधला लग सकता है। साफ़ नतीजे के लिए ओरिजिनल फ़ोटो फ़ाइल के रूप में भेजें, या नई फ़ोटो लें।

## What goes out

imaging-result-corrupt = फ़ोटो सर्विस ने ख़राब फ़ाइल लौटाई। कृपया थोड़ी देर में फिर कोशिश करें।

imaging-result-wrong-size = फ़ोटो सर्विस ने { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) } की जगह { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } पिक्सेल की फ़ोटो लौटाई, इसलिए मैंने उसे नहीं भेजा। कृपया फिर कोशिश करें।

imaging-file-size-unreachable = इस दस्तावेज़ के लिए ज़्यादा से ज़्यादा { $max_kb } KB की फ़ाइल चाहिए, लेकिन सबसे कम मान्य क्वालिटी पर भी आपकी फ़ोटो { $best_kb } KB की है। मैंने इसे और छोटा नहीं किया, क्योंकि फिर यह फ़ोटो जैसी नहीं लगेगी; हो सकता है आपको आवेदन वेबसाइट के सुझाए टूल से इसे कंप्रेस करना पड़े।

## The printable sheet

imaging-sheet-caption-6inch = 10×15 cm (4×6 इंच) फ़ोटो पेपर पर { $copies } कॉपी। { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = 9×13 cm (3.5×5 इंच) फ़ोटो पेपर पर { $copies } कॉपी। { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = A4 पेपर पर { $copies } कॉपी। { imaging-sheet-print-hint }
imaging-sheet-caption-letter = US Letter पेपर पर { $copies } कॉपी। { imaging-sheet-print-hint }
imaging-sheet-print-hint = 100% पर प्रिंट करें (“असली साइज़”, “पेज में फ़िट” नहीं), फिर स्लेटी लाइनों पर काटें।
