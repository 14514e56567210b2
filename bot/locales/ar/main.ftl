## Conversation: the screens a user sees, in order.
# Arabic: sizes are written { $width }‎×‎{ $height } (LRM around ×) and commands as ‎/start,
# so a right-to-left paragraph shows "35×45" and "/start" the right way round.
# Direction arrows are mirrored (← forward, → back).

welcome =
    مرحبًا! أصنع صور جواز السفر والتأشيرة والهوية وفق المتطلبات الرسمية.
    أرسل لي صورة سيلفي: انظر إلى الكاميرا، بإضاءة متساوية وخلفية سادة ومن دون نظارات.
    لأفضل جودة أرسلها كملف (📎 ← ملف) حتى لا يضغطها تيليجرام.
welcome-preselected = تم اختيار: { $spec }.
ask-photo = أرسل صورة لوجهك (كصورة عادية، أو كملف لأفضل جودة).
photo-checking = جارٍ فحص صورتك…
photo-compressed-tip = نصيحة: ضغط تيليجرام هذه الصورة. للحصول على أوضح نتيجة، أرسلها كملف في المرة القادمة.

choose-spec =
    لأي مستند هذه الصورة؟
    اضغط على أحد الخيارات، أو اكتب دولة أو مستندًا أو مقاسًا، مثل «جواز سفر مصر» أو «ألمانيا» أو «35x45mm» أو «2x2in».
spec-search-results = نتائج البحث عن «{ $query }»:
spec-search-none = لا توجد نتائج لـ«{ $query }». جرّب اسم دولة، أو مستندًا (جواز سفر، تأشيرة، بطاقة هوية) أو مقاسًا مثل 35x45mm.
bg-white = أبيض
bg-light-grey = رمادي فاتح
bg-blue = أزرق
bg-red = أحمر
bg-gradient = تدرّج أزرق ← أبيض
bg-custom = لون آخر…
ask-custom-color = اكتب اللون برمز hex، مثل 438EDB. لتدرّج من الأعلى إلى الأسفل اكتب رمزين: 438EDB FFFFFF.
custom-color-invalid = «{ $text }» ليس رمز لون. استخدم ستة أرقام hex، مثل 438EDB (أو رمزين للتدرّج).

outfit-own = الاحتفاظ بملابسي
outfit-group-man = بدلات رجالية
outfit-group-woman = ملابس نسائية
outfit-group-child = ملابس أطفال
outfit-item = { $group ->
    [man] رجالي { $number }
    [woman] نسائي { $number }
   *[child] أطفال { $number }
}
outfit-pick = اختر الملابس:

touchup-bright = إضاءة: { $level }
touchup-smooth = تنعيم البشرة: { $level }
touchup-thin_face = تنحيف الوجه: { $level }
touchup-sharp = حدّة: { $level }
touchup-level = { $level ->
    [0] إيقاف
    [1] خفيف
    [2] متوسط
   *[3] قوي
}

choose-paper = ورقة الطباعة: مقاس الورق واتجاهه، ولون الورقة، ونص أو رمز QR اختياري.
paper-6inch = 6″ (4‎×‎6 in، 10‎×‎15 cm)
paper-5inch = 5″ (3.5‎×‎5 in)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = أفقي
paper-vertical = عمودي
paper-current = ✓ { $label }
sheet-canvas-ffffff = ورقة بيضاء
sheet-canvas-eeeeee = ورقة رمادية فاتحة
sheet-canvas-ddeeff = ورقة زرقاء فاتحة
btn-sheet-label = 🏷 إضافة نص
btn-sheet-label-set = 🏷 النص: { $text }
btn-sheet-qr = 🔳 إضافة رمز QR
btn-sheet-qr-set = 🔳 رمز QR ✓
ask-sheet-label = اكتب النص الذي يُطبع بجانب الصور (اسم، صف…): حتى سطرين، 40 حرفًا لكل سطر.
ask-sheet-qr = اكتب ما يحمله رمز QR على الورقة: رابطًا أو نصًا قصيرًا (حتى 300 حرف).
btn-sheet-label-none = بدون نص
btn-sheet-qr-none = بدون رمز QR
sheet-label-invalid = النص لا يتسع: حتى سطرين، { $chars } حرفًا لكل سطر.
sheet-qr-invalid = هذا لا يتسع في رمز QR: اكتب من 1 إلى { $chars } حرفًا.

outfit-none = ملابسك الخاصة
touchups-none = لا شيء

btn-change-spec = 📄 المستند
btn-change-background = 🎨 الخلفية
btn-change-outfit = 👔 الملابس
btn-change-touchups = ✨ التحسينات
btn-change-paper = 🖨 الورق
btn-final = ✅ احصل على الصورة النهائية
btn-new-photo = 📷 صورة جديدة
btn-retry-preview = 🔁 أعد المعاينة
btn-back = → رجوع
btn-continue = متابعة ←
btn-another-size = 📐 مقاس آخر من هذه الصورة
btn-more = المزيد ←
btn-prev = → السابق

final-already-running = صورتك النهائية قيد الإنشاء — ستصلك بعد لحظات.
preview-already-running = ما زلت أُعدّ المعاينة — لحظة من فضلك.
final-photo-caption = { $spec } · ‎{ $size }‎
final-failed = { $reason } لم يُخصم منك شيء؛ اضغط «احصل على الصورة النهائية» للمحاولة مرة أخرى.
final-interrupted = أُعيد تشغيل البوت أثناء إنشاء صورتك النهائية. اضغط «احصل على الصورة النهائية» للمحاولة مرة أخرى.

## General.
help =
    أحوّل صورة السيلفي إلى صورة لجواز السفر أو التأشيرة أو الهوية، مع ورقة جاهزة للطباعة.
    1. أرسل صورة لوجهك. 2. اختر المستند. 3. اختر الخلفية والملابس.
    4. راجع المعاينة المجانية. 5. احصل على الصورة النهائية والورقة كملفات.
    الأوامر: ‎/start — البدء، ‎/new — البدء من جديد بصورة جديدة، ‎/cancel — الإيقاف، ‎/deletedata — حذف بياناتك، ‎/help — هذه الرسالة.
cancelled = تم الإلغاء. أرسل ‎/start متى احتجت إلى صورة.
nothing-to-cancel = لا يوجد ما يُلغى. أرسل ‎/start لإنشاء صورة.
menu-expired = انتهت صلاحية هذه القائمة. أرسل ‎/start للبدء من جديد.
menu-not-yours = هذه القائمة ليست لك — أرسل ‎/idphoto للحصول على قائمتك.
tap-a-button = اضغط أحد الأزرار أعلاه من فضلك (أو ‎/cancel للإيقاف).
send-a-photo = أرسل صورة لوجهك من فضلك — كصورة أو كملف.
unsupported-message = لا يمكنني استخدام هذا. أرسل صورة لوجهك من فضلك — كصورة أو كملف.
session-timed-out = انتهت جلستك بعد توقف طويل، وحُذفت صورتك. أرسل ‎/start للبدء من جديد.
error-generic = عذرًا، حدث خطأ من جهتي. حاول مرة أخرى بعد دقيقة، أو أرسل ‎/start للبدء من جديد.
data-deleted = تم: حُذفت صورك وجلساتك وبياناتك الشخصية. لم يتبقَّ سوى إحصاءات استخدام مجهولة الهوية.
## Command menu descriptions.
cmd-start = إنشاء صورة جواز سفر أو تأشيرة أو هوية
cmd-new = البدء من جديد بصورة جديدة
cmd-cancel = إيقاف الصورة الحالية
cmd-help = طريقة العمل
cmd-deletedata = حذف صوري وبياناتي
photo-expired = لم تعد صورتك لديّ (تُحذف بعد فترة حفاظًا على خصوصيتك). أرسلها مرة أخرى من فضلك.

## Language.
choose-language = اختر لغتك:
language-set = اللغة: { $language }.
cmd-language = تغيير اللغة
