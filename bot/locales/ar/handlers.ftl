## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = التحسينات (اختيارية ومتوقفة افتراضيًا). اضغط لتغيير القوة، ثم «متابعة».
btn-confirm-free = ✅ نعم، أنشئها

## A button names a document the bot no longer has (an old menu)

spec-unknown = لم تعد هذه الوثيقة في القائمة. اختر وثيقة من جديد من فضلك.
