## Telegram Stars (issue 15).
btn-pay-final = ✅ 获取最终照片 · { $stars } ⭐
pay-invoice-title = 证件照：{ $document }
pay-invoice-description = { $document }，{ $size }：无水印的最终照片和可打印排版，以文件形式发送到这里。如果无法送达，将自动退款。
pay-invoice-label = 最终照片
pay-declined-session = 这张账单对应的照片已关闭。请重新发送照片以获取新账单。
pay-declined-options = 发送账单后选项已更改。请再次点“获取最终照片”获取新账单。
pay-declined-paid = 这张最终照片已付款：正在制作或已发送给你。
pay-declined-invalid = 这张账单已失效。请点“获取最终照片”获取新账单。
pay-declined-error = 暂时无法核验付款。未扣除费用，请重试。
pay-received = 已收到付款：{ $stars } ⭐。谢谢！
pay-refunded = 最终照片无法送达，你的 { $stars } ⭐ 已退还。{ $reason }
pay-refund-pending = 最终照片无法送达。你的 { $stars } ⭐ 将很快退还；如未收到，请发送 /paysupport。
pay-refunded-by-operator = 机器人运营者已退还你的 { $stars } ⭐ 付款。
pay-not-available = 这张照片已无法付款。请重新发送照片重新开始。
cmd-paysupport = 付款帮助
cmd-terms = 购买内容和退款规则
paysupport =
    付款帮助
    每张最终照片只付一次款，使用 Telegram Stars。如果无法送达，Stars 会自动全额退还。
    问题或疑问：{ $contact }。请注明下方的付款编号。
    你的付款：
    { $payments }
paysupport-contact-unset = 请联系本机器人的运营者
paysupport-line = { $date } · { $stars } ⭐ · { $status ->
        [paid] 已付款
        [delivering] 制作中
        [delivered] 已送达
        [refund_pending] 退款处理中
       *[refunded] 已退款
    } · { $charge }
paysupport-none = （暂无付款）
terms =
    条款
    你购买的是：一张按免费预览中的证件和选项制作的无水印最终证件照，以及一张可打印排版，均以文件形式发送到此聊天。
    价格：{ $stars } ⭐（Telegram Stars），付款前显示在按钮和账单上。预览免费。
    退款：如果最终照片无法制作或送达，Stars 会自动全额退还。已送达的照片不会自动退款；如有问题，请发送 /paysupport。
    机器人会按证件公布的尺寸规则检查照片；最终以接收照片的机构为准。
terms-free =
    条款
    本机器人的最终照片免费：不出售任何东西，也不会向你收费。
    机器人会按证件公布的尺寸规则检查照片；最终以接收照片的机构为准。
cmd-sponsor = 用群组预算支付成员的照片
sponsor-on = 完成：“{ $group }”的成员无需付款即可获取最终照片，由群组预算支付。
sponsor-off = 完成：“{ $group }”的成员现在需用 Stars 自行支付最终照片。
sponsor-usage = 请使用 /sponsor on 或 /sponsor off。当前：{ $status ->
        [on] 开启
       *[off] 关闭
    }。
ops-stars =
    今日 Stars：收到 { $d_received }，退还 { $d_refunded }，净额 { $d_net } ⭐。
    本月 Stars：收到 { $m_received }，退还 { $m_refunded }，净额 { $m_net } ⭐。
    最近几天：
    { $days }
    最近几个月：
    { $months }
ops-stars-line = { $period }：+{ $received } −{ $refunded } = { $net } ⭐
ops-stars-none = （无）
ops-refund-usage = 用法：/ops refund <telegram payment charge id>
ops-refund-unknown = 没有编号为 { $charge } 的付款。
ops-refund-done = 已向用户 { $user } 退还 { $stars } ⭐（付款 { $charge }）。
ops-refund-already = 付款 { $charge } 已退款。
ops-refund-failed = Telegram 拒绝退还 { $charge }：{ $error }
