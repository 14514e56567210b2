# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } اضغط «احصل على الصورة النهائية» للمحاولة مرة أخرى.
final-charged-retry = { $reason } صورتك جاهزة ودُفع ثمنها مرة واحدة: اضغط «احصل على الصورة النهائية» لاستلامها، ولن يُخصم منك شيء مرة أخرى.
final-pending = ما زالت خدمة الصور تجهّز صورتك النهائية. اضغط «احصل على الصورة النهائية» بعد دقيقة لاستلامها، ولن يُخصم منك مرتين.
