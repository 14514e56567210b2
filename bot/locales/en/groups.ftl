## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = The bot has reached today’s limit for final photos. Please try again after { $reset }.
limit-user-finals = You have made { $count ->
        [one] { $count } final photo
       *[other] { $count } final photos
    } { $period ->
        [day] today
        [week] this week
       *[month] this month
    } — the limit. It resets at { $reset }. Free previews still work.
limit-group-quota = “{ $group }” allows { $count ->
        [one] { $count } final photo
       *[other] { $count } final photos
    } per member per { $period }, and you have used { $count ->
        [one] it
       *[other] them
    }. It resets at { $reset }.
limit-group-budget = “{ $group }” has used its photo budget for this month. It resets at { $reset }; ask the group’s admins.
limit-group-disabled = The admins of “{ $group }” have paused the photo bot for the group.
limit-previews = That’s { $count } previews in an hour — please take a short break. You can preview again at { $reset }.

## Groups.
group-open-private = Photos are made in a private chat, so your selfie never shows in the group. Tap below to start.
group-open-button = 📷 Make my ID photo
group-disabled = The photo bot is paused in this group. An admin can turn it on with /enable.
group-admins-only = Sorry, only the group’s admins can change the photo settings.
group-setspec-usage = Type what the group’s photos are for, e.g. /setspec us passport (or a size: /setspec 35x45mm).
group-setspec-pick = Pick the group’s document:
group-spec-set = Done: members will get { $spec } by default.
group-setbg-usage = Give a colour as a hex code, e.g. /setbg FFFFFF (or /setbg off).
group-bg-set = Done: the default background is { $color }.
group-bg-cleared = Done: members choose the background themselves.
group-quota-usage = Example: /quota 2 per month (final photos per member), or /quota off.
group-quota-set = Done: each member can make { $count ->
        [one] { $count } final photo
       *[other] { $count } final photos
    } per { $period }.
group-quota-cleared = Done: no per-member limit.
group-budget-usage = Example: /budget 300 per month (credits the group may spend), or /budget off.
group-budget-set = Done: the group may spend { $credits } credits per month.
group-budget-cleared = Done: no monthly budget.
group-enabled = The photo bot is on for this group.
group-disabled-now = The photo bot is paused for this group.
group-settings =
    Photo settings for “{ $group }”:
    Status: { $status }
    Document: { $spec }
    Background: { $background }
    Final photos per member: { $quota }
    Monthly budget: { $budget }
group-status-on = on
group-status-off = paused
group-not-set = not set
group-quota-value = { $count } per { $period }
group-budget-value = { $spent } of { $credits } credits used
group-stats =
    This month in “{ $group }”:
    Members served: { $users }
    Previews: { $previews }
    Final photos: { $finals }
    Credits used: { $credits }

## Operators.
ops-only = This command is for the bot’s operators.
ops-summary =
    Today: { $d_previews } previews, { $d_finals } finals, { $d_credits } credits, { $d_failures } failures, { $d_users } users.
    This month: { $m_previews } previews, { $m_finals } finals, { $m_credits } credits, { $m_failures } failures, { $m_users } users.
    Top groups this month:
    { $groups }
ops-no-groups = (none)
ops-group-line = { $title } ({ $id }): { $finals ->
        [one] { $finals } final
       *[other] { $finals } finals
    }, { $credits } credits
ops-user-usage = Usage: /ops user <telegram user id>
ops-user-history =
    User { $id }: { $finals } finals, { $credits } credits this month. Last tasks:
    { $lines }
ops-user-line = { $date } { $purpose } state { $state } — { $credits } credits
ops-user-none = (no tasks)

cmd-idphoto = Make an ID photo (opens a private chat)
cmd-setspec = Set the group’s default document
cmd-setbg = Set the group’s default background
cmd-quota = Final photos per member per period
cmd-budget = Monthly credit budget of the group
cmd-enable = Turn the photo bot on in this group
cmd-disable = Pause the photo bot in this group
cmd-settings = Show the group’s photo settings
cmd-stats = This month’s usage in the group
