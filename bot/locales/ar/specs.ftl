## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds: the first term of the title's construct state ("جواز سفر مصر").
specs-doc-passport = جواز سفر
specs-doc-visa = تأشيرة
specs-doc-schengen-visa = تأشيرة شنغن
specs-doc-evisa = تأشيرة إلكترونية
specs-doc-visa-on-arrival = تأشيرة عند الوصول
specs-doc-id-card = بطاقة هوية
specs-doc-internal-passport = جواز سفر داخلي
specs-doc-residence-permit = تصريح إقامة
specs-doc-green-card = البطاقة الخضراء
specs-doc-dv-lottery = قرعة البطاقة الخضراء
specs-doc-pr-card = بطاقة إقامة دائمة
specs-doc-oci-card = بطاقة OCI
specs-doc-citizenship = جنسية
specs-doc-driving-licence = رخصة قيادة
specs-doc-police-certificate = شهادة حسن سيرة وسلوك
specs-doc-pan-card = بطاقة PAN
specs-doc-voter-id = بطاقة ناخب
specs-doc-custom = مقاس مخصص

specs-title = { $document } { $country }
specs-title-variant = { $document } { $country } (‎{ $variant }‎)
specs-title-custom = مقاس مخصص ‎{ $size }‎

## Sizes.
specs-size-mm = ‎{ $width }‎×‎{ $height } mm‎
specs-size-in = ‎{ $width }‎×‎{ $height } in‎
specs-size-px = ‎{ $width }‎×‎{ $height }‎ بكسل

## Background colours.
specs-colour-white = أبيض
specs-colour-off-white = أبيض عاجي
specs-colour-light-grey = رمادي فاتح
specs-colour-grey = رمادي
specs-colour-cream = كريمي
specs-colour-beige = بيج
specs-colour-light-blue = أزرق فاتح
specs-colour-blue = أزرق
specs-colour-red = أحمر
specs-colour-other = لون مخصص

## The requirements message, one line each.
specs-req-size = 📐 ‎{ $size }‎
specs-req-size-digital = 📐 صورة رقمية، ‎{ $size }‎
specs-req-head = 👤 الرأس من الذقن إلى قمة الرأس: من { $min } إلى { $max } mm
specs-req-head-pct = 👤 الرأس من الذقن إلى قمة الرأس: من { $min }% إلى { $max }% من الارتفاع
specs-req-eyes = 👁 العينان: من { $min } إلى { $max } mm فوق الحافة السفلية
specs-req-head-top = ⬆️ المسافة فوق الرأس: من { $min } إلى { $max } mm
specs-req-background = 🎨 الخلفية: { $colours }
specs-req-file = 💾 ملف { $format }
specs-req-file-limit = 💾 ملف { $format } بحجم يقبله النموذج الإلكتروني
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = بدون نظارات
specs-rule-glasses-clear = يُسمح بالنظارات الشفافة إذا كانت العينان ظاهرتين تمامًا
specs-rule-neutral = تعبير محايد والفم مغلق
specs-rule-smile-ok = يُسمح بابتسامة خفيفة
specs-rule-recent = { $months ->
       [zero] ملتقطة خلال آخر { $months } شهر
       [one] ملتقطة خلال الشهر الأخير
       [two] ملتقطة خلال الشهرين الأخيرين
       [few] ملتقطة خلال آخر { $months } أشهر
       [many] ملتقطة خلال آخر { $months } شهرًا
      *[other] ملتقطة خلال آخر { $months } شهر
    }

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ قد تلتقط الجهة المختصة هذه الصورة بنفسها في موعدك. تحقق من ذلك قبل أن تطبع صورة أو تدفع ثمنها.
specs-warning-de-e-photo = ⚠️ منذ مايو 2025 تُلتقط صور جواز السفر وبطاقة الهوية الألمانية في مكتب المواطنين، أو يرسلها إليه رقميًا مصوّر مسجّل؛ ولم تعد الصور المطبوعة مقبولة.
specs-warning-no-edit = ⚠️ تُرفض الصور ذات الخلفية المعدّلة أو المستبدلة. التقط السيلفي أمام جدار فاتح سادة واحتفظ بخلفيته.
specs-warning-photographer = ⚠️ يجب أن يلتقطها مصوّر محترف يكتب اسم الاستوديو والتاريخ على ظهرها.
specs-warning-hijab = ⚠️ يجب على النساء ارتداء غطاء الرأس (الحجاب)، مع بقاء الوجه كاملًا ظاهرًا.
specs-warning-size-disputed = ⚠️ تختلف المصادر حول المقاس: بعضها يذكر ‎{ $size }‎. تحقق من الجهة التي تستلم طلبك.

## Custom sizes.
specs-custom-error-format = لم أتمكن من فهم «{ $text }» كمقاس صورة. جرّب 35x45mm أو 2x2in أو 600x800px.
specs-custom-error-unit = هل «{ $text }» بالمليمتر أم بالبوصة أم بالبكسل؟ أضف الوحدة، مثل ‎{ $example } أو 2x2in أو 600x800px.
specs-custom-error-mm-range = يجب أن يكون طول كل ضلع بين { $min } و{ $max } mm.
specs-custom-error-px-range = يجب أن يكون طول كل ضلع بين { $min } و{ $max } بكسل.
specs-custom-error-landscape = العرض أكبر من الارتفاع، وصور الهوية تكون عمودية. هل تقصد ‎{ $suggestion }‎؟
specs-custom-error-ratio = هذا الشكل ضيق جدًا لصورة وجه: يجب أن تكون نسبة العرض ÷ الارتفاع بين { $min } و{ $max }.
specs-custom-error-dpi = يجب أن تكون الدقة بين { $min } و{ $max } dpi.
specs-custom-error-too-big = بدقة { $dpi } dpi تصبح الأبعاد { $width }‎×‎{ $height } بكسل، وهذا أكثر من الحد البالغ { $max } px. استخدم dpi أقل.

## Diagram labels (drawn with Pillow + raqm, which shapes Arabic and applies the bidi algorithm).
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = الرأس { $min }‎–‎{ $max } mm
specs-diagram-eyes = العينان { $min }‎–‎{ $max } mm
specs-diagram-head-pct = الرأس { $min }‎–‎{ $max }%
specs-diagram-eyes-pct = العينان { $min }‎–‎{ $max }%
