## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = 今天机器人的最终照片额度已用完。请在 { $reset } 之后再试。
limit-user-finals = 你{ $period ->
        [day] 今天
        [week] 本周
        [month] 本月
       *[other] 本期（{ $period }）
    }已制作 { $count } 张最终照片，已达上限。额度将在 { $reset } 重置。免费预览仍可使用。
limit-group-quota = “{ $group }”每位成员{ $period ->
        [day] 每天
        [week] 每周
        [month] 每月
       *[other] 每期（{ $period }）
    }可制作 { $count } 张最终照片，你已用完。额度将在 { $reset } 重置。
limit-group-budget = “{ $group }”本月的照片预算已用完，将在 { $reset } 重置；请联系群管理员。
limit-group-disabled = “{ $group }”的管理员已暂停本群的照片机器人。
limit-previews = 一小时内已预览 { $count } 次——请稍作休息。{ $reset } 后可再次预览。

## Groups.
group-open-private = 照片在私聊中制作，你的自拍不会出现在群里。点按下方按钮开始。
group-open-button = 📷 制作我的证件照
group-disabled = 本群的照片机器人已暂停。管理员可以用 /enable 开启。
group-admins-only = 抱歉，只有群管理员可以更改照片设置。
group-setspec-usage = 输入本群照片的用途，例如 /setspec 美国护照（或尺寸：/setspec 35x45mm）。
group-setspec-pick = 选择本群的证件：
group-spec-set = 完成：成员将默认使用 { $spec }。
group-setbg-usage = 请用十六进制代码指定颜色，例如 /setbg FFFFFF（或 /setbg off）。
group-bg-set = 完成：默认背景为 { $color }。
group-bg-cleared = 完成：成员自行选择背景。
group-quota-usage = 示例：/quota 2 per month（每位成员的最终照片数），或 /quota off。
group-quota-set = 完成：每位成员{ $period ->
        [day] 每天
        [week] 每周
        [month] 每月
       *[other] 每期（{ $period }）
    }可制作 { $count } 张最终照片。
group-quota-cleared = 完成：不限制每位成员的数量。
group-budget-usage = 示例：/budget 300 per month（本群可使用的积分），或 /budget off。
group-budget-set = 完成：本群每月可使用 { $credits } 积分。
group-budget-cleared = 完成：不设每月预算。
group-enabled = 本群的照片机器人已开启。
group-disabled-now = 本群的照片机器人已暂停。
group-settings =
    “{ $group }”的照片设置：
    状态：{ $status }
    证件：{ $spec }
    背景：{ $background }
    每位成员的最终照片：{ $quota }
    每月预算：{ $budget }
group-status-on = 已开启
group-status-off = 已暂停
group-not-set = 未设置
group-quota-value = { $period ->
        [day] 每天
        [week] 每周
        [month] 每月
       *[other] 每期（{ $period }）
    } { $count } 张
group-budget-value = 已用 { $spent } / { $credits } 积分
group-stats =
    “{ $group }”本月数据：
    服务成员：{ $users }
    预览：{ $previews }
    最终照片：{ $finals }
    已用积分：{ $credits }

## Operators.
ops-only = 此命令仅供机器人运营者使用。
ops-summary =
    今天：预览 { $d_previews } 次，最终照片 { $d_finals } 张，积分 { $d_credits }，失败 { $d_failures } 次，用户 { $d_users } 人。
    本月：预览 { $m_previews } 次，最终照片 { $m_finals } 张，积分 { $m_credits }，失败 { $m_failures } 次，用户 { $m_users } 人。
    本月热门群组：
    { $groups }
ops-no-groups = （无）
ops-group-line = { $title }（{ $id }）：最终照片 { $finals } 张，积分 { $credits }
ops-user-usage = 用法：/ops user <telegram user id>
ops-user-history =
    用户 { $id }：本月最终照片 { $finals } 张，积分 { $credits }。最近的任务：
    { $lines }
ops-user-line = { $date } { $purpose } 状态 { $state } — { $credits } 积分
ops-user-none = （无任务）

cmd-idphoto = 制作证件照（打开私聊）
cmd-setspec = 设置本群默认证件
cmd-setbg = 设置本群默认背景
cmd-quota = 每位成员每期的最终照片数
cmd-budget = 本群每月积分预算
cmd-enable = 在本群开启照片机器人
cmd-disable = 在本群暂停照片机器人
cmd-settings = 查看本群照片设置
cmd-stats = 本群本月使用情况
