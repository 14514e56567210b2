## Limits: said when a final or a preview cannot be made now.
# $reset is "2026-11-26 00:00 UTC": kept left-to-right between LRM marks.
limit-daily-credits = بلغ البوت الحد اليومي للصور النهائية. حاول مرة أخرى بعد ‎{ $reset }‎.
limit-user-finals = صنعت { $count ->
       [zero] { $count } صورة نهائية
       [one] صورة نهائية واحدة
       [two] صورتين نهائيتين
       [few] { $count } صور نهائية
       [many] { $count } صورة نهائية
      *[other] { $count } صورة نهائية
    } { $period ->
        [day] اليوم
        [week] هذا الأسبوع
        [month] هذا الشهر
       *[other] في هذه الفترة ({ $period })
    }، وهذا هو الحد. يُعاد ضبطه في ‎{ $reset }‎. المعاينات المجانية ما زالت متاحة.
limit-group-quota = الحد في «{ $group }» هو { $count ->
       [zero] { $count } صورة نهائية
       [one] صورة نهائية واحدة
       [two] صورتان نهائيتان
       [few] { $count } صور نهائية
       [many] { $count } صورة نهائية
      *[other] { $count } صورة نهائية
    } لكل عضو { $period ->
        [day] يوميًا
        [week] أسبوعيًا
        [month] شهريًا
       *[other] في كل فترة ({ $period })
    }، وقد استخدمتها. يُعاد ضبطه في ‎{ $reset }‎.
limit-group-budget = استهلكت «{ $group }» ميزانية الصور لهذا الشهر. يُعاد ضبطها في ‎{ $reset }‎؛ تواصل مع مشرفي المجموعة.
limit-group-disabled = أوقف مشرفو «{ $group }» بوت الصور مؤقتًا في المجموعة.
limit-previews = عدد المعاينات خلال ساعة: { $count } — خذ استراحة قصيرة. يمكنك المعاينة مجددًا في ‎{ $reset }‎.

## Groups.
group-open-private = تُصنع الصور في محادثة خاصة، فلا تظهر صورتك في المجموعة أبدًا. اضغط أدناه للبدء.
group-open-button = 📷 اصنع صورة هويتي
group-disabled = بوت الصور متوقف مؤقتًا في هذه المجموعة. يمكن للمشرف تشغيله بالأمر ‎/enable.
group-admins-only = عذرًا، يمكن لمشرفي المجموعة فقط تغيير إعدادات الصور.
group-setspec-usage = اكتب الغرض من صور المجموعة، مثل ‎/setspec جواز سفر مصر (أو مقاسًا: ‎/setspec 35x45mm).
group-setspec-pick = اختر مستند المجموعة:
group-spec-set = تم: سيحصل الأعضاء على { $spec } افتراضيًا.
group-setbg-usage = حدّد لونًا برمز hex، مثل ‎/setbg FFFFFF (أو ‎/setbg off).
group-bg-set = تم: الخلفية الافتراضية هي { $color }.
group-bg-cleared = تم: يختار الأعضاء الخلفية بأنفسهم.
group-quota-usage = مثال: ‎/quota 2 per month‎ (عدد الصور النهائية لكل عضو)، أو ‎/quota off.
group-quota-set = تم: يمكن لكل عضو صنع { $count ->
       [zero] { $count } صورة نهائية
       [one] صورة نهائية واحدة
       [two] صورتين نهائيتين
       [few] { $count } صور نهائية
       [many] { $count } صورة نهائية
      *[other] { $count } صورة نهائية
    } { $period ->
        [day] يوميًا
        [week] أسبوعيًا
        [month] شهريًا
       *[other] في كل فترة ({ $period })
    }.
group-quota-cleared = تم: لا يوجد حد لكل عضو.
group-budget-usage = مثال: ‎/budget 300 per month‎ (النقاط التي يمكن للمجموعة إنفاقها)، أو ‎/budget off.
group-budget-set = تم: يمكن للمجموعة إنفاق { $credits ->
       [zero] { $credits } نقطة
       [one] نقطة واحدة
       [two] نقطتين
       [few] { $credits } نقاط
       [many] { $credits } نقطة
      *[other] { $credits } نقطة
    } شهريًا.
group-budget-cleared = تم: لا توجد ميزانية شهرية.
group-enabled = بوت الصور يعمل في هذه المجموعة.
group-disabled-now = بوت الصور متوقف مؤقتًا في هذه المجموعة.
group-settings =
    إعدادات الصور في «{ $group }»:
    الحالة: { $status }
    المستند: { $spec }
    الخلفية: { $background }
    الصور النهائية لكل عضو: { $quota }
    الميزانية الشهرية: { $budget }
group-status-on = يعمل
group-status-off = متوقف مؤقتًا
group-not-set = غير محدد
group-quota-value = { $count } { $period ->
        [day] يوميًا
        [week] أسبوعيًا
        [month] شهريًا
       *[other] لكل فترة ({ $period })
    }
group-budget-value = استُخدم { $spent } من { $credits ->
       [zero] { $credits } نقطة
       [one] نقطة واحدة
       [two] نقطتين
       [few] { $credits } نقاط
       [many] { $credits } نقطة
      *[other] { $credits } نقطة
    }
group-stats =
    هذا الشهر في «{ $group }»:
    الأعضاء المخدومون: { $users }
    المعاينات: { $previews }
    الصور النهائية: { $finals }
    النقاط المستخدمة: { $credits }

## Operators.
ops-only = هذا الأمر مخصص لمشغّلي البوت.
ops-summary =
    اليوم: المعاينات { $d_previews }، النهائية { $d_finals }، النقاط { $d_credits }، الإخفاقات { $d_failures }، المستخدمون { $d_users }.
    هذا الشهر: المعاينات { $m_previews }، النهائية { $m_finals }، النقاط { $m_credits }، الإخفاقات { $m_failures }، المستخدمون { $m_users }.
    أبرز المجموعات هذا الشهر:
    { $groups }
ops-no-groups = (لا يوجد)
ops-group-line = { $title } ({ $id }): النهائية { $finals }، النقاط { $credits }
ops-user-usage = الاستخدام: ‎/ops user <telegram user id>
ops-user-history =
    المستخدم { $id }: النهائية { $finals }، النقاط { $credits } هذا الشهر. آخر المهام:
    { $lines }
ops-user-line = { $date } { $purpose } الحالة { $state } — النقاط: { $credits }
ops-user-none = (لا توجد مهام)

cmd-idphoto = اصنع صورة هوية (يفتح محادثة خاصة)
cmd-setspec = المستند الافتراضي للمجموعة
cmd-setbg = الخلفية الافتراضية للمجموعة
cmd-quota = الصور النهائية لكل عضو في كل فترة
cmd-budget = ميزانية النقاط الشهرية للمجموعة
cmd-enable = تشغيل بوت الصور في هذه المجموعة
cmd-disable = إيقاف بوت الصور مؤقتًا في هذه المجموعة
cmd-settings = عرض إعدادات الصور للمجموعة
cmd-stats = استخدام المجموعة هذا الشهر
