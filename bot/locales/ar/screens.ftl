## شاشات المسار بلمستين (issues #19، #20): رسالة واحدة لكل شاشة، وكلمات بسيطة.

screens-photo-received = وصلت صورتك.
screens-previewing = ⏳ جارٍ إعداد المعاينة المجانية…
screens-preview-below = ⬇️ المعاينة المجانية بالأسفل.
screens-finalizing = ⏳ جارٍ إنشاء صورتك النهائية وورقة الطباعة — ستصلك بالأسفل كملفات.
screens-preview-caption =
    معاينة مجانية (بعلامة مائية) — { $spec }
    { $size } · الخلفية: { $background } · { $outfit } · التحسينات: { $touchups }
screens-final-free = الصورة النهائية وورقة طباعة { $paper } مجانيتان.
screens-final-stars = الصورة النهائية وورقة للطباعة: { $stars } ⭐ (Telegram Stars). إذا تعذّر تسليمهما، تعود نجومك تلقائيًا.
screens-finals-left = الصورة النهائية وورقة طباعة { $paper } مجانيتان: بقي لك { $left } من { $count } صور مجانية { $period ->
        [day] اليوم
        [week] هذا الأسبوع
       *[month] هذا الشهر
    }.
screens-bg-warning = ⚠️ يتطلب { $spec } خلفية { $required }: قد تُرفض صورة بهذه الخلفية.
screens-choose-background =
    لون الخلفية؟ يتطلب { $spec }: { $required }.
    الألوان المعلَّمة بـ ⚠️ غير مقبولة لهذا المستند.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = الملابس؟ احتفظ بملابسك أو ارتدِ زيًا رسميًا.
screens-confirm-final =
    هل أنشئ الصورة النهائية؟
    ستصلك الصورة وورقة طباعة { $paper } كملفات (دون ضغط).
screens-done = تم! تحتاج مستندًا آخر من الصورة نفسها؟ سنبدأ من جديد بمعاينة مجانية.
