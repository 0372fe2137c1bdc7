"""Round 27 (stop 50): classes from the rebuilt dev2 pages. Fixtures are written here in the shapes of the real
pages (no page text is copied)."""
from __future__ import annotations

from figure_text import audited, audited as figures


# --------------------------------------------------------------------------- the hotline under its other name

def test_a_hotline_with_its_other_name_in_brackets_keeps_its_cases():
    got = audited("受理承办12345政务服务便民热线(市长热线)诉求共计18620件,已办结18620件,按时办结率99%。",
                  ("metric", "value", "kind"))
    assert ("hotline_cases", 18620, "count") in got
    assert not any(metric == "messages_handled" for metric, _, _ in got)


def test_a_bracket_after_a_hotline_that_is_no_name_of_it_changes_nothing():
    got = figures("开通政务服务热线(电话咨询)共接听来电65次。")
    assert ("hotline_cases", 65) not in got


# --------------------------------------------------------------------------- a change counted after a rate

def test_a_change_counted_in_cases_after_a_rate_is_the_counts_change():
    got = audited("受理12345热线来电3150件,已办结3150件,办结率100%,较上年增加412件,增长15.05%,满意率98.6%。",
                  ("metric", "value", "kind"))
    assert ("completion_rate", 100, "rate") in got and ("satisfaction_rate", 98.6, "rate") in got
    assert ("hotline_cases", 412, "change") in got and ("hotline_cases", 15.05, "change") in got
    assert not any(metric == "completion_rate" and kind == "change" for metric, _, kind in got)


def test_a_percentage_change_right_after_a_rate_stays_the_rates():
    got = audited("全年办结率98%,较上年提高2个百分点,满意率提升3%。", ("metric", "value", "kind"))
    assert ("completion_rate", 98, "rate") in got
    assert not any(metric == "messages_handled" for metric, _, _ in got)


# --------------------------------------------------------------------------- enquiries and suggestions

def test_enquiries_and_suggestions_received_and_concluded_are_messages():
    got = audited("全年共收到各类咨询、建议和意见7条,办结7条。", ("metric", "value", "category"))
    assert ("messages_handled", 7, "咨询、建议和意见") in got or ("messages_handled", 7, None) in got
    assert [metric for metric, _, _ in got] == ["messages_handled", "messages_handled"]


def test_comments_invited_on_a_draft_stay_consultations():
    got = figures("就规划草案公开征求意见建议,收到意见建议12条。")
    assert not any(metric == "messages_handled" for metric, _ in got)


# --------------------------------------------------------------------------- parts counted in brackets

def test_parts_counted_in_brackets_after_their_labels_are_each_read_with_their_label():
    got = audited("本年度主动公开政府信息的主要类别为:工作动态(14件)、机构职能(2件)、财政资金(3件)、其他信息(1件)。",
                  ("metric", "value", "category"))
    assert ("items_published", 14, "工作动态") in got and ("items_published", 2, "机构职能") in got
    assert ("items_published", 3, "财政资金") in got and ("items_published", 1, "其他信息") in got or \
        ("items_published", 1, None) in got


def test_a_bracketed_aside_that_is_no_count_of_its_label_is_left_as_it_is():
    got = audited("共受理申请9件(含上年结转1件),均已按期答复。", ("metric", "value"))
    assert ("applications_received", 9) in got and ("applications_carried_over", 1) in got


# --------------------------------------------------------------------------- checks by other names

def test_sweeps_and_sample_tests_are_inspections():
    got = figures("针对涉密信息开展专项排查3次,整改问题12项。共公布810批次的农产品抽检信息。")
    assert ("inspections", 3) in got and ("inspections", 810) in got
    assert ("inspections", 12) not in got


def test_problems_found_in_a_sweep_are_no_inspections():
    assert not any(metric == "inspections" for metric, _ in figures("排查安全隐患12个,排查问题5项。"))


# --------------------------------------------------------------------------- concluded, all of them

def test_applications_counted_and_all_concluded_are_the_applications_handled():
    got = figures("截至年底,14件政府信息公开申请全部办结。")
    assert got == [("applications_handled", 14)]


# --------------------------------------------------------------------------- an audience in a list of items

def test_subscribers_written_without_a_unit_in_a_list_of_items_are_no_items():
    got = audited("全区政务微信公众号发布信息3820条、订阅量达到245180,政务微博发布信息2910条。", ("metric", "value", "unit"))
    assert ("new_media_followers", 245180, None) in got
    assert ("items_published", 3820, "条") in got and ("items_published", 2910, "条") in got
    assert not any(metric == "items_published" and value == 245180 for metric, value, _ in got)


def test_a_part_that_left_out_its_unit_still_takes_its_neighbours():
    got = figures("主动公开政府信息113条,其中概况类信息34条政务要闻41条通知公告30不动产公告8条。")
    assert ("items_published", 30) in got


# --------------------------------------------------------------------------- pieces sent up and out

def test_pieces_sent_to_bodies_above_and_to_the_media_are_items_submitted():
    got = audited("全年对上对外投稿120余篇,省级以上媒体刊用36篇。", ("metric", "value"))
    assert ("items_submitted", 120) in got


# --------------------------------------------------------------------------- topics closed by 等 and their noun

def test_topics_closed_by_etc_and_government_information_counted_in_times_are_items():
    got = figures("全面公开资金信息、政策解读、部门动态等政府信息52次,其中公示行政处罚9次。")
    assert ("items_published", 52) in got and ("policy_interpretations", 52) not in got


# --------------------------------------------------------------------------- the interpretation rate, other wordings

def test_a_rate_of_interpretation_with_a_verb_or_the_policy_between():
    got = audited("重要政策文件100%进行解读,并通过全方位宣传发布、100%政策解读回应关切。", ("metric", "value"))
    assert got == [("interpretation_rate", 100), ("interpretation_rate", 100)]


def test_interpretations_linked_to_their_documents_are_the_interpretation_rate():
    got = audited("实现解读材料与政策文件关联率达100%。", ("metric", "value"))
    assert got == [("interpretation_rate", 100)]


# --------------------------------------------------------------------------- channels counted in brackets

def test_channels_counted_in_brackets_after_a_quote_or_a_title_keep_their_counts():
    got = audited("主要方式为政府信息公开网站(96条)、《某镇信息》(4期)、公开栏(27条)、“某某通”(61条)等平台,"
                  "主动发布各类信息188条。", ("metric", "value", "channel"))
    assert ("items_published", 96, "website") in got and ("items_published", 27, "board") in got
    assert any(metric == "items_published" and value == 61 for metric, value, _ in got)
    assert ("items_published", 188, None) in got


# --------------------------------------------------------------------------- a count the page cut off

def test_the_last_count_of_a_page_cut_before_its_unit_takes_the_unit_before_it():
    got = audited("2023年,在政府部门信息公开网共发布信息298条,发布重点领域信息143", ("metric", "value", "unit"))
    assert ("items_published", 298, "条") in got and ("items_published", 143, "条") in got


def test_a_year_or_a_number_that_ends_a_sentence_is_not_given_a_unit():
    got = audited("全年共发布信息298条。本报告所列数据统计期限截至2023", ("metric", "value"))
    assert got == [("items_published", 298)]


# --------------------------------------------------------------------------- the 2019 table said in words

def test_decisions_counted_after_the_matters_of_their_kind_are_that_kinds_decisions():
    got = audited("主动公开情况如下:行政许可14项,较上年减少2项,处理决定数量63件;主动公开行政处罚27项,较上年无增减,"
                  "处理决定数量9件;主动公开行政强制1项,较上年无增减,处理决定数量0件。", ("metric", "value", "kind"), year=2019)
    assert ("licence_decisions", 63, "count") in got and ("punishment_decisions", 9, "count") in got
    assert ("coercion_decisions", 0, "count") in got
    assert ("service_items", 14, "count") in got and ("service_items", 2, "change") in got
    assert ("service_items", 27, "count") in got
    assert not any(metric == "licence_decisions" and value == 14 for metric, value, _ in got)


def test_each_decision_count_takes_the_kind_named_nearest_before_it():
    got = audited("我局主动公开行政许可数量共3条,行政处罚本年处理决定数量611条,行政强制本年处理决定数量4条。",
                  ("metric", "value"), year=2019)
    assert got == [("licence_decisions", 3), ("punishment_decisions", 611), ("coercion_decisions", 4)]


def test_licences_counted_in_items_with_no_decisions_after_stay_decisions():
    assert ("licence_decisions", 16) in figures("全年办理行政许可16项,均在承诺时限内办结。")


# --------------------------------------------------------------------------- answers to suggestions, published

def test_results_of_suggestions_published_in_the_same_clause_are_items():
    got = audited("全年公开区人大代表建议办理结果8件,公开区政协委员提案办理结果3件。发布建议提案办理情况和答复信息4条。",
                  ("metric", "value"))
    assert got == [("items_published", 8), ("items_published", 3), ("items_published", 4)]


def test_results_counted_without_a_publishing_verb_stay_the_papers_handled():
    got = audited("办理人大代表建议6件、政协委员提案4件。人大代表建议办理结果12件。", ("metric", "value"))
    assert ("npc_suggestions", 6) in got and ("cppcc_proposals", 4) in got and ("npc_suggestions", 12) in got


# --------------------------------------------------------------------------- the hotline's matters passed on, petitions online

def test_matters_the_quoted_hotline_passed_on_are_its_cases():
    got = audited("微信公众号发布信息58条,办理“12345”政务服务转办事项21件。", ("metric", "value"))
    assert ("hotline_cases", 21) in got


def test_petitions_sent_online_are_messages():
    got = audited("共受理网上信访及地区网上信访48件,办结率达100%。", ("metric", "value"))
    assert ("messages_handled", 48) in got and ("completion_rate", 100) in got


# --------------------------------------------------------------------------- shares of a list no total is linked to

_NUMBERED_KINDS = ("2021年,我区通过政府信息公开网站主动公开各类政府信息共计38条。主动公开政府信息的主要类别:"
                   "①全文电子化的主动公开信息数38条,全文电子化率为100%;②机构职能类信息{first}条,占15.7%;"
                   "③为民办实事信息1条,占2.63%;④社会保障类信息2条,占5.26%。")


def test_a_share_the_other_shares_of_its_list_contradict_fails():
    from figure_text import audit_narrative, statuses
    report = audit_narrative(_NUMBERED_KINDS.format(first=5), year=2021)
    assert sorted(statuses(report, "breakdown.share")) == ["FAIL", "PASS", "PASS"]


def test_shares_that_all_fit_the_base_they_agree_on_pass():
    from figure_text import audit_narrative, statuses
    report = audit_narrative(_NUMBERED_KINDS.format(first=6).replace("15.7%", "15.79%"), year=2021)
    assert statuses(report, "breakdown.share") == ["PASS", "PASS", "PASS"]


def test_two_shares_alone_set_no_base_to_judge_by():
    from figure_text import audit_narrative, statuses
    # (stop 51: no total before the list — 主要类别: after a count now links its parts to that count, and 5 of 38 at 15.7%
    # is then a share against its own total)
    text = ("主动公开的各类政府信息,按类别:①机构职能类信息5条,占15.7%;②为民办实事信息1条,占2.63%。")
    assert statuses(audit_narrative(text, year=2021), "breakdown.share") == []


# --------------------------------------------------------------------------- a share of the whole after the parts of a part

def test_a_share_of_the_whole_after_the_parts_of_a_part_is_that_parts_share():
    got = audited("本年度主动公开政府信息2870条。其中,政策法规类的信息29条,其中政策法规12条、规范性文件17条,占总体的比例为1%;"
                  "规划计划类的信息6条,其中年度工作计划4条、其它2条,占总体的比例为0.2%。", ("metric", "value", "kind", "category"),
                  year=2009)
    assert ("documents_published", 1, "share", "政策法规类") in got
    assert ("items_published", 0.2, "share", "规划计划类的信息") in got
    assert not any(kind == "share" and metric == "normative_documents_issued" for metric, _, kind, _ in got)


def test_a_share_of_the_whole_right_after_a_part_of_the_total_stays_that_parts():
    got = audited("主动公开信息100条,其中工作动态30条,占总体的30%。", ("metric", "value", "kind", "category"))
    assert ("items_published", 30, "share", "工作动态") in got


# --------------------------------------------------------------------------- staff, more wordings

def test_staff_by_their_work_by_the_works_name_and_leaders_coordinated():
    got = audited("专门设立信息公开办公室,安排业务人员3名,专门负责此项工作。局机关配备了1名卫生健康政务信息公开工作干部。"
                  "由一名党工委副书记及一名办事处副主任具体负责。", ("metric", "value"))
    assert got == [("staff", 3), ("staff", 1), ("staff", 1), ("staff", 1)]


def test_people_sent_to_training_stay_training_attendance():
    assert figures("组织全局工作人员50名参加培训。") == [("training_attendance", 50)]


# --------------------------------------------------------------------------- activities, more wordings

def test_activities_in_issues_closed_lists_and_named_after_their_number_are_events():
    got = audited("开展“政务公开主题日”活动21期。开展直播、讲座等活动40余场。深入园区开展17场企业服务活动。"
                  "举办“政策公开讲”“政务开放日”等26场政务公开活动。全年开展各类政策宣传辅导12场。", ("metric", "value"))
    assert got == [("events", 21), ("events", 40), ("events", 17), ("events", 26), ("events", 12)]


def test_surveys_closed_by_etc_and_activities_stay_consultations():
    got = figures("开展县政府门户网站的网上调查等活动6次,向公众征求规范性文件意见52次。")
    assert ("consultations", 6) in got and ("events", 6) not in got


def test_an_open_day_activity_stays_an_open_day():
    assert figures("开展政府开放日活动3次。") == [("open_days", 3)]


# --------------------------------------------------------------------------- columns counted as so many "great" ones

def test_columns_counted_with_da_are_site_columns():
    got = audited("改版后,“政务公开”版块分类展示了6大主题栏目。开设“水利投资”“民生实事”等3大专题。"
                  "开设教育、社保、住房七大民生领域专题。", ("metric", "value"))
    assert got == [("site_columns", 6), ("site_columns", 3), ("site_columns", 7)]


def test_da_before_other_words_is_no_unit():
    from textmine.numbers import find_quantities
    assert "大" not in [q.unit for q in find_quantities("打好3大攻坚战,形成8大类32项公开清单,涵盖6大核心板块。")]
    assert figures("聚焦社保、就业、劳动关系五大版块划分责任。") == []


# --------------------------------------------------------------------------- an account's users

def test_an_accounts_new_or_registered_users_are_followers():
    got = audited("平均阅读量1230,“某某”平台新增用户达6120人。公众号共有注册用户1730人。", ("metric", "value"))
    assert ("new_media_followers", 6120) in got and ("new_media_followers", 1730) in got


def test_users_registered_on_a_service_site_are_no_followers():
    assert figures("政务服务网注册用户28680人。") == []


def test_a_share_of_the_whole_after_each_part_stays_with_that_part_and_is_judged():
    from figure_text import audit_narrative, statuses
    text = "2025年主动公开政府信息数累计9条。其中,机构职能类信息2条,占总体22.2%;乡镇文件类7条,占总体78.8%。"
    got = audited(text, ("metric", "value", "kind", "category"), year=2025)
    assert ("items_published", 22.2, "share", "机构职能类") in got
    assert any(kind == "share" and value == 78.8 and metric == "documents_published" for metric, value, kind, _ in got)
    assert sorted(statuses(audit_narrative(text, year=2025), "breakdown.share")) == ["FAIL", "PASS"]


# --------------------------------------------------------------------------- application letters, news pieces sent up, reviews

def test_application_letters_news_pieces_sent_up_and_supervision_reviews():
    got = audited("2020年,我局收到并处理信息公开申请信件4件。报送县级新闻稿126次,报送省级媒体新闻稿21次。"
                  "开展年内专项监督评估5次。", ("metric", "value"))
    assert got == [("applications_received", 4), ("items_submitted", 126), ("items_submitted", 21), ("inspections", 5)]


def test_the_publics_letters_stay_messages():
    assert figures("全年收到群众来信12件,均已办结。") == [("messages_handled", 12)]


# --------------------------------------------------------------------------- no applications, other wordings

def test_no_applications_said_with_zeng_and_yin_or_first_of_a_list_of_nones():
    assert ("applications_received", 0) in figures("2017年,我局未曾接到任何因政府信息公开申请。")
    got = figures("2019年无政府信息公开申请、无信息公开行政复议和行政诉讼。")
    assert ("applications_received", 0) in got and ("reconsiderations", 0) in got and ("lawsuits", 0) in got


def test_no_review_caused_by_applications_cut_by_the_page_is_no_zero_of_applications():
    got = figures("我委共受理依申请公开19件,已全部按时办结。未发生因政府信息公开申请行政复")
    assert ("applications_received", 0) not in got
