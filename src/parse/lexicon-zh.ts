/** Opening phrases of Chinese resolutions (see PHRASES.md), without the sequence words 又/还. */
export const preambularPhrasesZh: readonly string[] = [
  '回顾', '重申', '审议了', '铭记', '严重关切', '坚信', '表示深信', '深信', '痛惜', '认可', '注意到', '赞赏地注意到',
  '关切地注意到', '满意地注意到', '担忧', '欢迎', '确认', '承认', '着重指出', '强调', '关切', '深为关切', '表示关切',
  '深表关切', '震惊', '意识到', '念及', '考虑到', '遵循', '申明', '决心', '希望', '赞扬', '谴责', '认识到',
  '深感关切', '感谢', '赞赏', '欣见', '关注', '满意地', '铭记着', '又回顾', '忆及', '深切关注', '严重关注',
  '表示赞赏', '欢迎并', '仍然关切', '继续关切', '确信', '致力于', '决意', '认为',
  // Security Council and older texts: 认定 (Determining), 根据…采取行动 (Acting under),
  // 鉴于 (Considering), 备悉 (Taking note), 覆按/复查 (Recalling/Reviewing, 1960s).
  '认定', '根据', '鉴于', '备悉', '覆按', '复查', '审查了', '深为震惊'
]

export const operativePhrasesZh: readonly string[] = [
  '决定', '请', '邀请', '促请', '敦促', '吁请', '鼓励', '注意到', '赞赏地注意到', '表示赞赏', '欢迎', '重申',
  '重申邀请', '确认', '承认', '着重指出', '强调', '建议', '核准', '赞同', '通过', '谴责', '强烈谴责', '痛惜', '支持',
  '赞扬', '申明', '宣布', '提醒', '期待', '决定继续处理此案', '感谢', '表示感谢', '呼吁', '要求', '认识到',
  '表示关切', '深表关切', '关切地注意到', '满意地注意到', '表示满意', '认可', '核可', '授权', '指示', '再次呼吁',
  '大力鼓励', '强烈敦促', '坚决谴责', '赞赏', '欣见', '注意', '表示注意到', '再次', '指出', '认为',
  '满意地欢迎', '赞赏地欢迎', '表示支持', '强烈鼓励', '敦请',
  // 肯定 (Affirms), 期望 (Expects), 决议 (Resolves, 1950s), 延长 (Extends).
  '肯定', '期望', '决议', '延长'
]

/** Sequence words. Real texts disagree on which of 又/还 is "also": accept both. */
export const sequenceWordsZh: readonly string[] = ['又', '还', '并']
