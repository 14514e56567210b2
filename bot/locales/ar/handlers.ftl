## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    معاينة مجانية (بعلامة مائية) — { $spec }
    ‎{ $size }‎ · الخلفية { $background } · { $outfit } · التحسينات: { $touchups }
    الصورة النهائية وورقة طباعة { $paper } مجانيتان.
choose-touchups-free = التحسينات (اختيارية ومتوقفة افتراضيًا). اضغط لتغيير القوة، ثم «متابعة».
# $paper: the print sheet's paper
confirm-final-free =
    هل أنشئ الصورة النهائية؟ إنها مجانية.
    ستصلك الصورة وورقة طباعة { $paper } كملفات (دون ضغط).
btn-confirm-free = ✅ نعم، أنشئها

## A button names a document the bot no longer has (an old menu)

spec-unknown = لم تعد هذه الوثيقة في القائمة. اختر وثيقة من جديد من فضلك.
