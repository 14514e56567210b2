# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = حدث خطأ أثناء إنشاء صورتك. حاول مرة أخرى، أو أرسل صورة أخرى.
engine-unavailable = أداة إنشاء الصور غير متاحة حاليًا بسبب مشكلة من جهتنا. حاول لاحقًا.
engine-unsupported = لا يمكن تنفيذ هذا الطلب هنا. اختر المستند مرة أخرى.
engine-outfits-need-picwish = الملابس متاحة فقط مع خدمة الصور عبر الإنترنت، وهي غير مفعّلة في هذا البوت. ستحتفظ صورتك بملابسك.

## The face in the photo (checked before anything is charged)

engine-face-problem = لا يمكنني استخدام الوجه في هذه الصورة. أرسل صورة واضحة لشخص واحد ينظر مباشرة إلى الكاميرا.
engine-no-face = لم أجد وجهًا في هذه الصورة. أرسل صورة لوجهك وأنت تنظر مباشرة إلى الكاميرا، بإضاءة جيدة.
engine-several-faces = وجدت { $count ->
       [zero] { $count } وجه
       [one] وجهًا واحدًا
       [two] وجهين
       [few] { $count } وجوه
       [many] { $count } وجهًا
      *[other] { $count } وجه
    } في هذه الصورة. صورة الهوية تُظهر شخصًا واحدًا فقط: أرسل صورة لك وحدك، أو قُصّ الآخرين منها.
engine-face-too-small = وجهك صغير جدًا في هذه الصورة (ارتفاعه { $face_px } بكسل، وأحتاج إلى { $min_px } على الأقل). اقترب من الكاميرا أو أرسل صورة يملأ فيها وجهك مساحة أكبر.
engine-face-turned = رأسك مائل بعيدًا عن الكاميرا. انظر مباشرة إلى الكاميرا مع إبقاء الذقن مستويًا، ثم التقط الصورة مرة أخرى.
engine-eyes-closed = يبدو أن عينيك مغلقتان في هذه الصورة. أرسل صورة بعينين مفتوحتين تنظران إلى الكاميرا.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = لم أجد الوجه في الصورة النهائية، لذا لم أتمكن من التحقق من مطابقتها للشروط.
engine-check-intro = تنبيه: قست هذه الصورة، وقد لا تستوفي شروط هذا المستند:
engine-check-head-height = طول الرأس (من الذقن إلى قمة الرأس) { $measured } mm، ويجب أن يكون من { $min } إلى { $max } mm.
engine-check-eye-line = العينان على ارتفاع { $measured } mm من الحافة السفلية، ويجب أن يكون من { $min } إلى { $max } mm.
engine-check-head-top = المسافة فوق الرأس { $measured } mm، ويجب أن تكون من { $min } إلى { $max } mm.
engine-check-face-width = عرض الوجه { $measured } mm، ويجب أن يكون من { $min } إلى { $max } mm.
engine-check-off-centre = الرأس منحرف عن المنتصف بمقدار { $offset } mm.
engine-check-tilted = الرأس مائل بمقدار { $degrees }°.
engine-check-background-uneven = الخلفية غير متجانسة (فقط { $percent }% منها بلون واحد سادة).
engine-check-background-colour = لون الخلفية (‎#{ $found }) ليس اللون المطلوب (‎#{ $expected }).
