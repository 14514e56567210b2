## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = बॉट आज की फ़ाइनल फ़ोटो की सीमा तक पहुँच गया है। कृपया { $reset } के बाद फिर कोशिश करें।
limit-user-finals = आप { $period ->
        [day] आज
        [week] इस हफ़्ते
        [month] इस महीने
       *[other] इस अवधि ({ $period }) में
    } { $count } फ़ाइनल फ़ोटो बना चुके हैं — यही सीमा है। यह { $reset } पर रीसेट होगी। मुफ़्त प्रीव्यू अब भी चलते हैं।
limit-group-quota = “{ $group }” में हर सदस्य { $period ->
        [day] हर दिन
        [week] हर हफ़्ते
        [month] हर महीने
       *[other] हर अवधि ({ $period }) में
    } { $count } फ़ाइनल फ़ोटो बना सकता है, और आप ये इस्तेमाल कर चुके हैं। यह { $reset } पर रीसेट होगी।
limit-group-budget = “{ $group }” इस महीने का फ़ोटो बजट इस्तेमाल कर चुका है। यह { $reset } पर रीसेट होगा; ग्रुप के एडमिन से बात करें।
limit-group-disabled = “{ $group }” के एडमिन ने ग्रुप के लिए फ़ोटो बॉट रोक दिया है।
limit-previews = एक घंटे में { $count } प्रीव्यू हो चुके हैं — थोड़ा ब्रेक लें। आप { $reset } से फिर प्रीव्यू बना सकते हैं।

## Groups.
group-open-private = फ़ोटो निजी चैट में बनती हैं, इसलिए आपकी सेल्फ़ी ग्रुप में कभी नहीं दिखती। शुरू करने के लिए नीचे टैप करें।
group-open-button = 📷 मेरी आईडी फ़ोटो बनाएँ
group-disabled = इस ग्रुप में फ़ोटो बॉट रुका हुआ है। कोई एडमिन इसे /enable से चालू कर सकता है।
group-admins-only = माफ़ कीजिए, सिर्फ़ ग्रुप के एडमिन फ़ोटो सेटिंग बदल सकते हैं।
group-setspec-usage = लिखें कि ग्रुप की फ़ोटो किसके लिए हैं, जैसे /setspec भारत पासपोर्ट (या साइज़: /setspec 35x45mm)।
group-setspec-pick = ग्रुप का दस्तावेज़ चुनें:
group-spec-set = हो गया: सदस्यों को डिफ़ॉल्ट रूप से { $spec } मिलेगा।
group-setbg-usage = रंग hex कोड में दें, जैसे /setbg FFFFFF (या /setbg off)।
group-bg-set = हो गया: डिफ़ॉल्ट बैकग्राउंड { $color } है।
group-bg-cleared = हो गया: सदस्य ख़ुद बैकग्राउंड चुनेंगे।
group-quota-usage = उदाहरण: /quota 2 per month (हर सदस्य की फ़ाइनल फ़ोटो), या /quota off।
group-quota-set = हो गया: हर सदस्य { $period ->
        [day] हर दिन
        [week] हर हफ़्ते
        [month] हर महीने
       *[other] हर अवधि ({ $period }) में
    } { $count } फ़ाइनल फ़ोटो बना सकता है।
group-quota-cleared = हो गया: हर सदस्य के लिए कोई सीमा नहीं।
group-budget-usage = उदाहरण: /budget 300 per month (ग्रुप कितने क्रेडिट ख़र्च कर सकता है), या /budget off।
group-budget-set = हो गया: ग्रुप हर महीने { $credits } क्रेडिट ख़र्च कर सकता है।
group-budget-cleared = हो गया: कोई मासिक बजट नहीं।
group-enabled = इस ग्रुप के लिए फ़ोटो बॉट चालू है।
group-disabled-now = इस ग्रुप के लिए फ़ोटो बॉट रोक दिया गया है।
group-settings =
    “{ $group }” की फ़ोटो सेटिंग:
    स्थिति: { $status }
    दस्तावेज़: { $spec }
    बैकग्राउंड: { $background }
    हर सदस्य की फ़ाइनल फ़ोटो: { $quota }
    मासिक बजट: { $budget }
group-status-on = चालू
group-status-off = रुका हुआ
group-not-set = तय नहीं
group-quota-value = { $period ->
        [day] हर दिन
        [week] हर हफ़्ते
        [month] हर महीने
       *[other] हर अवधि ({ $period }) में
    } { $count }
group-budget-value = { $credits } में से { $spent } क्रेडिट इस्तेमाल हुए
group-stats =
    “{ $group }” में इस महीने:
    सेवा पाए सदस्य: { $users }
    प्रीव्यू: { $previews }
    फ़ाइनल फ़ोटो: { $finals }
    इस्तेमाल हुए क्रेडिट: { $credits }

## Operators.
ops-only = यह कमांड बॉट ऑपरेटरों के लिए है।
ops-summary =
    आज: { $d_previews } प्रीव्यू, { $d_finals } फ़ाइनल, { $d_credits } क्रेडिट, { $d_failures } विफल, { $d_users } यूज़र।
    इस महीने: { $m_previews } प्रीव्यू, { $m_finals } फ़ाइनल, { $m_credits } क्रेडिट, { $m_failures } विफल, { $m_users } यूज़र।
    इस महीने के टॉप ग्रुप:
    { $groups }
ops-no-groups = (कोई नहीं)
ops-group-line = { $title } ({ $id }): { $finals } फ़ाइनल, { $credits } क्रेडिट
ops-user-usage = इस्तेमाल: /ops user <telegram user id>
ops-user-history =
    यूज़र { $id }: इस महीने { $finals } फ़ाइनल, { $credits } क्रेडिट। हाल के टास्क:
    { $lines }
ops-user-line = { $date } { $purpose } स्थिति { $state } — { $credits } क्रेडिट
ops-user-none = (कोई टास्क नहीं)

cmd-idphoto = आईडी फ़ोटो बनाएँ (निजी चैट खुलेगी)
cmd-setspec = ग्रुप का डिफ़ॉल्ट दस्तावेज़ सेट करें
cmd-setbg = ग्रुप का डिफ़ॉल्ट बैकग्राउंड सेट करें
cmd-quota = हर सदस्य की फ़ाइनल फ़ोटो, प्रति अवधि
cmd-budget = ग्रुप का मासिक क्रेडिट बजट
cmd-enable = इस ग्रुप में फ़ोटो बॉट चालू करें
cmd-disable = इस ग्रुप में फ़ोटो बॉट रोकें
cmd-settings = ग्रुप की फ़ोटो सेटिंग देखें
cmd-stats = इस महीने ग्रुप का इस्तेमाल
