/** Opening phrases of Chinese resolutions (see PHRASES.md), without the sequence words 又/还/并/进一步. */
export const preambularPhrasesZh: readonly string[] = [
  '回顾',
  // `Taking note of` (S/RES/2446 (2018): 表示注意到秘书长…的报告，…), also an operative `Takes note of`.
  '表示注意到',
  '重申',
  '审议了',
  '铭记',
  '严重关切',
  '坚信',
  '表示深信',
  '深信',
  '痛惜',
  '认可',
  '注意到',
  '赞赏地注意到',
  '关切地注意到',
  '满意地注意到',
  '担忧',
  '欢迎',
  '确认',
  '承认',
  '着重指出',
  '强调',
  '关切',
  '深为关切',
  '表示关切',
  '深表关切',
  '震惊',
  '意识到',
  '念及',
  '考虑到',
  '遵循',
  '申明',
  '决心',
  '希望',
  // `Desirous of` / `Expressing its desire` (S/RES/1356 (2001): 表示渴望…).
  '表示渴望',
  '渴望',
  '赞扬',
  '谴责',
  '认识到',
  '深感关切',
  '感谢',
  '赞赏',
  '欣见',
  '关注',
  '满意地',
  '铭记着',
  '又回顾',
  '忆及',
  '深切关注',
  '严重关注',
  '表示赞赏',
  '欢迎并',
  '仍然关切',
  '继续关切',
  '确信',
  '致力于',
  '决意',
  '认为',
  '再次重申',
  '深为关切地注意到',
  '突出强调',
  '审查了',
  // Security Council and older texts: 认定 (Determining), 根据…采取行动 (Acting under),
  // 鉴于 (Considering), 备悉 (Taking note), 覆按/复查 (Recalling/Reviewing, 1960s).
  '认定',
  '根据',
  '鉴于',
  '备悉',
  '覆按',
  '复查',
  '深为震惊',
  '断定',
  '表示惊愕',
  '惊愕',
  // The Security Council's first years (1946–1948): 业已接获并审议 (Having received and
  // considered), 业于…接获 (Having received on…), 并已阅悉 (and having noted).
  '业已',
  '业于',
  '并已',
  // 深知 (Conscious of, Aware of), 声明 (Affirming) in the General Assembly's texts of 1960;
  // 表示深为关切 / 表示严重关切 (Expressing deep / grave concern).
  '深知',
  '声明',
  '表示深为关切',
  '表示严重关切',
  // 强调指出 (Emphasizing), 遗憾地注意到 (Noting with regret); 由于 (Whereas, 1946).
  '强调指出',
  '遗憾地注意到',
  '由于',
  // 惋惜 (Deploring), A/RES/50/11 (1995) on multilingualism; 收到了 (Having received), A/RES/50/9 (1995).
  '惋惜',
  '收到了',
  // 经审议 (Having considered), as the ITU's and the WHO's Chinese write it; 经…审议 takes a
  // sequence word inside it (经进一步审议, "Having further considered").
  '经审议',
  '经进一步审议',
  // 表示坚信 (Expressing its firm conviction), 表示极为关切 (Expressing the gravest concern),
  // 再次强调 (Underlining once again): S/RES/1718 (2006) and 1874 (2009) in Macao's bulletin.
  '表示坚信',
  '表示极为关切',
  '再次强调',
  // 肯定 (Affirming) opens a preambular paragraph too: S/RES/661 (1990), `肯定按照《宪章》第五十一条…固有权利`.
  '肯定',
  // 欣悉 (Noting with satisfaction), the Security Council's Chinese of the 1960s: S/RES/171 (1962), `欣悉停火业已达成,`.
  '欣悉',
  // Phrases that close the clause of their object (see closingPhraseZh): 深切忧虑 (Deeply concerned,
  // S/RES/171 (1962): `对…之事故,深切忧虑,`), 深表感激 (Expressing its gratitude, A/RES/50/203 (1995)).
  '深切忧虑',
  '深表感激',
]

/**
 * A phrase set round its object: `以…为基础，` (Building upon…, A/RES/50/203 (1995)). The paragraph
 * opens with the first part; the second closes the object's clause and stands for the phrase.
 */
export const framePhrasesZh: ReadonlyArray<readonly [string, string]> = [['以', '为基础']]

export const operativePhrasesZh: readonly string[] = [
  '决定',
  '请',
  '邀请',
  '促请',
  '敦促',
  '吁请',
  '鼓励',
  '注意到',
  '赞赏地注意到',
  '表示赞赏',
  '欢迎',
  '重申',
  '重申邀请',
  '确认',
  '承认',
  '着重指出',
  '强调',
  '建议',
  '核准',
  '赞同',
  '通过',
  '谴责',
  '强烈谴责',
  '痛惜',
  '支持',
  '赞扬',
  '申明',
  '宣布',
  '提醒',
  '期待',
  '决定继续处理此案',
  '感谢',
  '表示感谢',
  '呼吁',
  '要求',
  '认识到',
  '表示关切',
  '深表关切',
  '关切地注意到',
  '满意地注意到',
  '表示满意',
  '认可',
  '核可',
  '授权',
  '指示',
  '再次呼吁',
  '大力鼓励',
  '强烈敦促',
  '坚决谴责',
  '赞赏',
  '欣见',
  '注意',
  '表示注意到',
  '再次',
  '指出',
  '认为',
  '满意地欢迎',
  '赞赏地欢迎',
  '表示支持',
  '强烈鼓励',
  '敦请',
  '再次重申',
  '再次邀请',
  '突出强调',
  // 肯定 (Affirms), 期望 (Expects), 决议 (Resolves, 1950s), 延长 (Extends).
  '肯定',
  '期望',
  '决议',
  '延长',
  '决定继续积极处理此案',
  '再次延长',
  // The Security Council's first years: 爰请 / 爰议决 (therefore requests / resolves), 议决
  // (resolves), and 兹 (hereby) before the verb: 兹设立, 兹决定, 兹将…转送.
  '爰',
  '议决',
  '兹',
  // 郑重宣布 (Solemnly proclaims), A/RES/1514 (XV); 遗憾地注意到 (Notes with regret).
  '郑重宣布',
  '遗憾地注意到',
  // 批准 (Approves / Endorses), as the WHO's Chinese writes it (WHA66.4: 1. 批准…全球行动计划;).
  '批准',
  // The ITU's Chinese: 做出决议 / 作出决议 (resolves), 做出决定 (decides), 责成 (instructs).
  '做出决议',
  '作出决议',
  '做出决定',
  '作出决定',
  '责成',
  // 特别确认 (Recognizes in particular), A/RES/53/187 (1998) on the UN's Chinese page.
  '特别确认',
  // 再次请 (Again requests / Once again invites), A/RES/54/142 (1999): `1.  再次请尚未制订…的各国政府`.
  '再次请',
  // The older texts' 赞成 (Approves / Endorses) and 采纳 (Adopts): S/RES/171 (1962) `四.赞成参谋长…所建议之措施`,
  // A/RES/195 (III) (1948) `一. 采纳临时委员会各报告书之结论;`.
  '赞成',
  '采纳',
]

/**
 * Sequence words. Real texts disagree on which of 又/还 is "also": accept both. 进一步 (further)
 * is the ITU's (`进一步注意到`, "noting further").
 */
export const sequenceWordsZh: readonly string[] = ['又', '还', '并', '进一步']

/**
 * Adverbials of reference set before the phrase: `在这方面强调,必须…` (Emphasizing in this regard,
 * S/RES/2569 (2021)), `特别覆按宪章第二条…` (Recalling in particular, S/RES/171 (1962)). The phrase
 * after them is the paragraph's phrase; they are part of its text.
 */
export const adverbialPrefixesZh: readonly string[] = ['在这方面', '在此方面', '就此', '特别']
