## /privacy: what the bot keeps, why, for how long, who else gets the photo (bot/privacy.py).
privacy-title = 隐私：本机器人保存的关于您的信息
privacy-photos = • 您的照片和成品照片：加密保存在机器人的服务器上，{ $hours } 小时后删除；最多保留 { $count } 张上传照片（以及 { $count } 张成品照片）。
privacy-photos-unlimited = • 您的照片和成品照片：加密保存在机器人的服务器上，{ $hours } 小时后删除。
privacy-choices = • 您制作照片时的选择（证件、背景、选项）：保存到您完成、使用 /cancel，或闲置 { $minutes } 分钟为止。
privacy-account = • 您的 Telegram 用户 ID、首次和最近使用机器人的时间，以及您用 /language 选择的语言（如有）。
privacy-ledger = • 用于运营者记账：制作了哪些照片以及费用。删除数据后这些记录仍保留，但不含任何能指向您的信息。
privacy-payments = • 星星付款记录（金额、日期、Telegram 付款编号）：为便于退款和核对而保留，使用 /deletedata 后也会保留。
privacy-why = 用途：用一次上传生成预览和成品，在发送失败时重新发送成品，并在重启后继续。数据不用于任何其他用途。
privacy-picwish = 还有谁会收到您的照片（除传递聊天内容的 Telegram 外）：PicWish（picwish.com），在其服务器上抠图并调整尺寸的服务。
privacy-offline = 还有谁会收到您的照片（除传递聊天内容的 Telegram 外）：没有。照片在本机器人自己的服务器上处理。
privacy-delete = 立即删除全部数据：/deletedata（照片、选择和您的用户记录）。
privacy-contact = 问题和请求：{ $contact }
privacy-contact-unset = 问题和请求：请联系本机器人的运营者。
cmd-privacy = 保存了什么、保存多久
