# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } 点“获取最终照片”即可重试。
final-charged-retry = { $reason } 照片已制作完成，只扣费一次：点“获取最终照片”即可领取，不会再次扣费。
final-pending = 照片服务仍在制作你的最终照片。请一分钟后点“获取最终照片”领取，不会重复扣费。
final-charged-unusable = { $reason } 照片服务已为这张照片扣过一次费；用相同设置再次请求不会再扣费。
