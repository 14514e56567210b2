# Imaging: checking what users send, checking what PicWish returns, the printable sheet.
# Sizes keep LRM marks around × so that "4032×3024" is not shown reversed in Arabic text.

## What comes in

imaging-empty = الملف فارغ (0 بايت). أرسل الصورة مرة أخرى من فضلك.

imaging-not-an-image = هذا الملف ليس صورة أستطيع قراءتها. أرسل صورة بصيغة JPEG أو PNG أو WebP أو HEIC أو BMP أو TIFF.

imaging-corrupt = تبدو الصورة تالفة أو غير مكتملة، لذا لا أستطيع فتحها. أرسلها مرة أخرى، أو أرسل نسخة أخرى منها.

imaging-animated = { $kind ->
    [video] أحتاج إلى صورة ثابتة، لا مقطع فيديو. أرسل صورة لوجهك.
    [video_note] أحتاج إلى صورة ثابتة، لا رسالة فيديو. أرسل صورة لوجهك.
    [sticker] لا يمكن استخدام الملصقات لصورة الهوية. أرسل صورة لوجهك.
   *[animation] لا يمكن استخدام الصور المتحركة لصورة الهوية. أرسل صورة ثابتة.
}

imaging-too-big-download = حجم الملف { NUMBER($size_mb, maximumFractionDigits: 1) } MB، ولا يسمح لي تيليجرام بتنزيل ملفات أكبر من { $limit_mb } MB. أرسل ملفًا أصغر، أو أرسله كصورة بدلًا من ملف.

imaging-bomb = تحتوي هذه الصورة على عدد هائل من البكسلات لا يمكنني معه فتحها بأمان. أرسل صورة عادية من الكاميرا، أو نسخة أصغر منها.

imaging-too-small = أبعاد الصورة { NUMBER($width, useGrouping: 0) }‎×‎{ NUMBER($height, useGrouping: 0) } بكسل فقط، وهي أصغر من أن تُصنع منها صورة هوية. أرسل صورة لا يقل ضلعها الأقصر عن { NUMBER($min_side, useGrouping: 0) } بكسل.

imaging-low-resolution = تنبيه: أبعاد صورتك { NUMBER($width, useGrouping: 0) }‎×‎{ NUMBER($height, useGrouping: 0) } بكسل، وهي أقل من { NUMBER($need_width, useGrouping: 0) }‎×‎{ NUMBER($need_height, useGrouping: 0) } بكسل التي يحتاجها هذا المستند، لذا قد تبدو النتيجة غير حادة. للحصول على نتيجة حادة، أرسل الصورة الأصلية كملف أو التقط صورة جديدة.

## What goes out

imaging-result-corrupt = أعادت خدمة الصور ملفًا تالفًا. حاول مرة أخرى بعد لحظات.

imaging-result-wrong-size = أعادت خدمة الصور صورة بأبعاد { NUMBER($width, useGrouping: 0) }‎×‎{ NUMBER($height, useGrouping: 0) } بكسل بدلًا من { NUMBER($expected_width, useGrouping: 0) }‎×‎{ NUMBER($expected_height, useGrouping: 0) }، لذا لم أرسلها. حاول مرة أخرى.

imaging-file-size-unreachable = يحتاج هذا المستند إلى ملف لا يتجاوز { $max_kb } KB، لكن حجم صورتك { $best_kb } KB حتى بأدنى جودة مقبولة. لم أضغطها أكثر لأنها لن تبدو صورة بعد ذلك؛ قد تحتاج إلى ضغطها بالأداة التي يوصي بها موقع تقديم الطلب.

## The printable sheet

imaging-sheet-caption-6inch = { $copies ->
       [zero] { $copies } نسخة
       [one] نسخة واحدة
       [two] نسختان
       [few] { $copies } نسخ
       [many] { $copies } نسخة
      *[other] { $copies } نسخة
    } على ورق صور 10‎×‎15 cm (4‎×‎6 in). { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
       [zero] { $copies } نسخة
       [one] نسخة واحدة
       [two] نسختان
       [few] { $copies } نسخ
       [many] { $copies } نسخة
      *[other] { $copies } نسخة
    } على ورق صور 9‎×‎13 cm (3.5‎×‎5 in). { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
       [zero] { $copies } نسخة
       [one] نسخة واحدة
       [two] نسختان
       [few] { $copies } نسخ
       [many] { $copies } نسخة
      *[other] { $copies } نسخة
    } على ورق A4. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
       [zero] { $copies } نسخة
       [one] نسخة واحدة
       [two] نسختان
       [few] { $copies } نسخ
       [many] { $copies } نسخة
      *[other] { $copies } نسخة
    } على ورق US Letter. { imaging-sheet-print-hint }
imaging-sheet-print-hint = اطبع بنسبة 100% («الحجم الفعلي»، لا «ملاءمة للصفحة»)، ثم قصّ على طول الخطوط الرمادية.
