"""Round 26 (stop 49): classes from the fresh blind batches of stop 49 and the rebuilt dev2 pages. Fixtures
are written here in the shapes of the real pages (no page text is copied)."""
from __future__ import annotations

from textmine.normalize import normalize_text, normalize_with_offsets

from figure_text import audit_narrative as audit, audited, audited as figures, statuses


# --------------------------------------------------------------------------- the reply in traditional spelling

def test_the_traditional_reply_folds_to_the_simplified_one_and_keeps_offsets():
    text = "本機關依法答覆申請人2件,函覆1件。"
    folded, origin = normalize_with_offsets(text)
    assert folded == normalize_text(text) == "本机关依法答复申请人2件,函复1件。"
    assert len(origin) == len(text) + 1 and origin[folded.index("答复") + 1] == text.index("答覆") + 1


def test_cover_keeps_its_character():
    assert normalize_text("實現全覆蓋,覆盖全区") == "实现全覆盖,覆盖全区"


def test_a_reply_in_traditional_spelling_reads_as_the_simplified_one():
    got = figures("全年共受理政府信息公開申請12件,已答覆12件,其中予以公開8件。")
    assert ("applications_handled", 12) in got and ("applications_granted", 8) in got


# --------------------------------------------------------------------------- the body's own meetings

def test_a_meeting_named_right_before_its_number_is_a_meeting():
    got = figures("局长办公会5次研究部署政务公开工作,党组会2次专题研究政府信息公开工作。主动公开政府信息120条。")
    assert ("meetings", 5) in got and ("meetings", 2) in got and ("items_published", 120) in got


def test_a_meeting_noun_before_a_count_of_documents_is_no_meeting():
    got = figures("经局务会议审议通过规范性文件3件。")
    assert ("meetings", 3) not in got


# --------------------------------------------------------------------------- the online forum's cases

def test_cases_raised_on_the_online_forum_are_messages_handled():
    got = figures("办理12345政务服务热线来件96件、市网络问政平台办件3件。网络问政办件4条。")
    assert ("hotline_cases", 96) in got and ("messages_handled", 3) in got and ("messages_handled", 4) in got
    assert not any(metric == "online_interviews" for metric, _ in got)


def test_an_online_questioning_session_stays_an_interview():
    assert ("online_interviews", 1) in figures("全年参加政风行风热线2次、网络问政1次。")


# --------------------------------------------------------------------------- requests counted by the people

def test_requests_counted_by_the_people_who_made_them_are_applications_received():
    got = figures("全年收到依申请公开政府信息6人次,全部予以受理,均在规定时限内答复。")
    assert got == [("applications_received", 6)]


# --------------------------------------------------------------------------- kinds with their interpretations

def test_meetings_or_annual_reports_with_their_interpretations_are_items():
    got = audited("2024年,街道在区政府网站公开信息55条,其中财政预决算公开18条,街道会议及会议解读6条,"
                  "部门政府信息公开年报及文字解读2条,年度总结计划2条。", ("metric", "value", "category"))
    assert ("items_published", 6, "街道会议及会议解读") in got
    assert ("items_published", 2, "部门政府信息公开年报及文字解读") in got
    assert not any(metric == "policy_interpretations" for metric, _, _ in got)


def test_interpretations_coordinated_with_pictures_stay_interpretations():
    assert ("policy_interpretations", 34) in figures("发布政策解读和图解政策34条。")


# --------------------------------------------------------------------------- information documents

def test_information_documents_are_items_not_documents():
    got = figures("通过门户网站发布信息190条(街镇动态140条、其他重要各类信息文件50条)。"
                  "全年累计主动公开各类信息文件约150余件,其中公文类信息26件。")
    assert ("items_published", 50) in got and ("items_published", 150) in got
    assert ("documents_published", 26) in got
    assert ("documents_published", 50) not in got and ("documents_published", 150) not in got


def test_documents_published_stay_documents():
    assert ("documents_published", 36) in figures("全年公开政府文件36件。")


# --------------------------------------------------------------------------- a column as the place

def test_a_column_where_items_were_published_is_not_a_count_of_columns():
    got = figures("在“三务公开”专栏公开政府集中采购13项,公开“三务”信息121条。")
    assert ("site_columns", 13) not in got and ("items_published", 121) in got


def test_columns_opened_are_still_columns():
    assert ("site_columns", 3) in figures("全年新开设专栏3个。")


# --------------------------------------------------------------------------- manners of interpreting

def test_manners_of_interpreting_listed_before_the_verb_keep_the_interpretations():
    report = audit("多形式、多角度解读政策文件17篇,其中文字解读、简明问答16篇,专家解读2篇,"
                   "媒体解读4篇,新闻发布会6篇,图文、视频7篇。")
    got = [(f.metric, f.value) for f in report.figures]
    assert ("policy_interpretations", 17) in got and ("policy_interpretations", 6) in got
    assert not any(metric == "items_published" for metric, _ in got)
    # the parts exceed the documents interpreted: one document explained in several forms, or a slip
    assert statuses(report, "breakdown.sum") == ["FAIL"]


def test_kinds_listed_with_interpretations_last_are_still_items():
    got = figures("发布意见征集、草案解读、决策文件、决策解读等27件。")
    assert ("items_published", 27) in got


# --------------------------------------------------------------------------- interpretations by their form

def test_a_form_used_to_interpret_is_no_item_taken_up_by_another_site():
    got = audited("采用视频解读市政府会议信息14件。", ("metric", "value", "category"))
    assert got == [("policy_interpretations", 14, "视频解读")]


def test_items_taken_up_by_a_site_are_still_submitted():
    assert ("items_submitted", 45) in figures("全年报送信息60条,被市政府网站采用信息45条。")


def test_documents_interpreted_in_several_manners_are_interpretations():
    got = figures("使用文字、图文、视频等形式对40件重要文件进行多角度解读,在县政府门户网站进行公开。")
    assert got == [("policy_interpretations", 40)]


# --------------------------------------------------------------------------- how and whence the requests came

def test_requests_by_internet_and_by_post_are_parts_of_those_received():
    got = audited("2024年,共收到政府信息公开申请35件,互联网申请17件,信函邮寄申请16件。", ("metric", "value", "category"))
    assert ("applications_received", 17, "互联网申请") in got and ("applications_received", 16, "信函邮寄申请") in got


def test_requests_passed_on_named_bare_after_those_received_are_received():
    got = audited("2024年,我镇共受理依申请公开事项1件,市转办2件,均已在法定期限内予以答复。"
                  "通过信息公开平台收到申请0件,转办0件。", ("metric", "value", "category"))
    assert ("applications_received", 2, "转办") in got and ("applications_received", 0, "转办") in got


def test_a_transfer_without_requests_before_it_is_not_read_as_one():
    assert figures("全年办理群众来信15件,转办3件。").count(("applications_received", 3)) == 0


def test_requests_all_disclosed_are_granted():
    got = figures("2024年度本局接到4起针对本部门有关政府信息公开的申请,已全部予以公开。"
                  "我镇共收到来自公民的政府信息公开申请1件,已按时公开。")
    assert ("applications_granted", 4) in got and ("applications_granted", 1) in got


def test_requests_all_answered_are_not_granted():
    got = figures("全年收到政府信息公开申请22件,均已按时办结。")
    assert ("applications_received", 22) in got and ("applications_granted", 22) not in got


# --------------------------------------------------------------------------- checks made

def test_administrative_checks_counted_as_cases_are_inspections():
    got = audited("2025年行政检查13件,巡查巡检703件,开出温馨提示单47张。", ("metric", "value", "category"))
    assert ("inspections", 13, "行政检查") in got and ("inspections", 703, "巡查巡检") in got
    assert ("inspections", 2) in figures("开展跨部门“双随机、一公开”执法检查2批次(4家商户)。")


def test_kinds_of_checking_power_listed_are_no_inspections():
    got = figures("公开行政检查事项12项。")
    assert ("inspections", 12) not in got


# --------------------------------------------------------------------------- documents reviewed, counted before them

def test_documents_counted_before_a_legality_review_are_reviewed_not_issued():
    got = figures("对拟以政府名义出台的80份文件进行合法性审查,出具审查意见77份。"
                  "对各部门报送备案的29份行政规范性文件进行严格审查。")
    assert ("normative_documents_reviewed", 80) in got and ("normative_documents_reviewed", 29) in got
    assert not any(metric in ("documents_published", "normative_documents_issued") for metric, _ in got)


def test_documents_issued_are_not_reviewed():
    assert ("normative_documents_issued", 3) in figures("全年制发行政规范性文件3件。")


# --------------------------------------------------------------------------- requests worded round

def test_requests_taken_in_from_the_public_words_reversed_are_received():
    assert figures("我局共接收群众申请公开0件。") == [("applications_received", 0)]


def test_columns_of_what_is_made_public_counted_before_them():
    got = figures("全年通过门户网站发布信息7200条,内容涵盖政策文件及解读、财政预决算等43个主动公开信息专栏。")
    assert ("site_columns", 43) in got and ("items_published", 43) not in got


# --------------------------------------------------------------------------- what a gloss says a count includes

def test_kinds_a_gloss_says_a_count_includes_do_not_name_it():
    got = figures("通过行政执法公示平台等发布行政执法类(含行政处罚、行政强制)17245条信息、行政许可类信息22549条信息。")
    assert ("items_published", 17245) in got
    assert not any(metric in ("coercion_decisions", "punishment_decisions") for metric, _ in got)


def test_the_wording_before_a_gloss_still_names_the_count():
    assert ("documents_published", 182) in figures("发布政策类文件(含行政规范性文件)182件。")


# --------------------------------------------------------------------------- none of both

def test_no_requests_and_no_complaints_about_them_is_a_zero_of_the_requests():
    got = audited("2025年,我镇未收到任何单位、个人提交的政府信息公开申请及相关投诉举报情况。", ("metric", "value"), year=2025)
    assert got == [("applications_received", 0)]


def test_no_complaint_about_an_answer_says_nothing_of_the_requests():
    assert figures("全年收到政府信息公开申请3件,未收到对申请答复的投诉举报。") == [("applications_received", 3)]


# --------------------------------------------------------------------------- nouns after their number

def test_interpretations_in_a_named_form_counted_before_them():
    got = figures("针对本年度出台的重要政策文件,精心撰写2篇文字解读材料,以通俗表述阐释政策要义。")
    assert got == [("policy_interpretations", 2)]


def test_consultations_counted_before_their_noun():
    got = figures("中心主动公开信息329条,开展2期征集调查。")
    assert ("consultations", 2) in got


def test_a_count_in_items_before_consultation_words_is_not_read_as_consultations():
    assert ("consultations", 12) not in figures("全年发布12条涉及民生的意见征集信息。")


def test_official_accounts_counted_before_them():
    assert figures("我局机关及下属事业单位共有3个官方微信公众号。") == [("new_media_accounts", 3)]


def test_people_who_looked_beside_the_views_are_unique_visitors():
    got = figures("网站总浏览次数2912万次,总浏览人数2013万人次。")
    assert ("site_visits", 29120000) in got and ("site_unique_visitors", 20130000) in got


def test_a_meeting_on_the_disclosure_work_named_before_its_number():
    got = figures("2022年政策解读3次,征集调查1次,政务公开座谈会1次。")
    assert ("meetings", 1) in got and ("consultations", 1) in got


def test_a_leader_of_the_body_in_charge_is_staff():
    got = figures("1名局领导分管信息公开工作,办公室主任负责信息公开工作,1名工作人员具体负责日常工作。")
    assert got.count(("staff", 1)) == 2


def test_requests_all_answered_with_disclosure_are_granted():
    got = figures("2022年,我局共收到政府信息公开申请8件,均为网络申请,全部按期予以答复公开。")
    assert ("applications_granted", 8) in got


def test_requests_by_the_other_ways_after_the_ones_named_are_a_part():
    got = audited("从申请渠道看,通过电子邮件方式提交申请8件,占61.5%;通过快递、挂号信、传真等其他方式提交申请5件,占38.5%。",
                  ("metric", "value", "category"))
    assert ("applications_received", 5, "其他方式提交申请") in got


# --------------------------------------------------------------------------- the outcome of every request

def test_an_outcome_named_as_the_result_of_every_request():
    got = figures("全年共收到1件政府信息公开申请,处理结果是不属于本行政机关负责公开。")
    assert ("applications_unavailable", 1) in got


def test_every_request_carried_into_a_named_later_year_is_carried_forward():
    report = audit("2025年共收到政府信息公开申请1件,已结转至2026年按期规范答复办结。", year=2025)
    got = [(f.metric, f.value) for f in report.figures]
    assert ("applications_carried_forward", 1) in got and ("applications_carried_over", 1) not in got
    assert "FAIL" not in [f.status for f in report.findings]


# --------------------------------------------------------------------------- two reasons for refusal, both 1

ONE_CITY = ("2025年,我市共受理群众政府信息公开申请54件,按时办结54件,办理上年结转2件。其中予以公开45件,部分公开4件,"
            "属于国家秘密1件,其他法律行政法规禁止公开2件,属于行政执法案卷1件,本机关不掌握相关政府信息2件,结转下年度办理1件。")


def test_two_reasons_for_refusal_of_one_each_are_two_parts_not_one_said_twice():
    report = audit(ONE_CITY, year=2025)
    # the outcomes (56) are those of the received and the carried over together (54 + 2): no FAIL
    assert statuses(report, "breakdown.sum") == ["UNCERTAIN"]
    finding = next(f for f in report.findings if f.rule == "breakdown.sum")
    assert "56" in finding.message


def test_an_outcome_said_again_is_still_one_part():
    report = audit("收到政府信息公开申请5件,其中予以公开3件,不予公开2件;予以公开的3件均已送达申请人。")
    assert statuses(report, "breakdown.sum") == ["PASS"]


# --------------------------------------------------------------------------- years named with the carry

def test_requests_carried_into_the_year_after_the_report_are_carried_forward():
    got = audited("全年共受理有效政府信息公开申请113件,2025年结转至2026年政府信息公开申请8件。"
                  "全年共受理依申请公开事项9件,2026年结转依申请公开事项1件,正在办理中。", year=2025)
    assert ("applications_carried_forward", 8) in got and ("applications_carried_forward", 1) in got
    assert ("applications_received", 8) not in got and ("applications_carried_over", 1) not in got


def test_requests_carried_from_the_year_before_into_the_reports_are_carried_over():
    got = audited("2025年共受理申请10件,2024年结转至2025年办理2件。", year=2025)
    assert ("applications_carried_over", 2) in got and ("applications_handled", 2) not in got


def test_the_same_words_in_the_next_years_report_are_carried_over():
    got = audited("2026年共受理申请6件,2025年结转至2026年办理8件。", year=2026)
    assert ("applications_carried_over", 8) in got and ("applications_carried_forward", 8) not in got


def test_figures_without_the_report_year_keep_their_wording():
    from figure_text import figures as raw_figures

    got = [(f.metric, f.value) for f in raw_figures("2025年共受理申请10件,2026年结转依申请公开事项1件。")]
    assert ("applications_carried_over", 1) in got


# --------------------------------------------------------------------------- the caseload with the carried-over in it

def test_a_caseload_that_is_the_new_and_the_carried_over_balances_with_its_outcomes():
    report = audit("指导全市规范受理依申请公开301件,上年度结转申请3件,新增298件,结转下年度继续办理45件,均在法定期限内答复。"
                   "其中,予以公开及部分公开149件;不予公开13件;无法提供68件;不予处理14件;其他处理12件。", year=2022)
    assert "FAIL" not in statuses(report, "narrative.identity")


def test_the_same_books_unbalanced_still_fail():
    report = audit("受理依申请公开301件,上年度结转申请3件,新增298件,结转下年度继续办理45件。"
                   "其中,予以公开及部分公开149件;不予公开13件;无法提供68件;不予处理14件;其他处理20件。", year=2022)
    assert statuses(report, "narrative.identity") == ["FAIL"]


def test_outcomes_of_the_received_and_the_carried_over_named_in_a_gloss_are_uncertain():
    report = audit("本年度共受理政府信息公开申请72件,已办结66件(含上年度结转1件)。其中,予以公开14件,部分公开22件,"
                   "因申请信息不存在等原因无法提供30件,结转下年度继续办理7件。", year=2024)
    assert statuses(report, "breakdown.sum") == ["UNCERTAIN"]


def test_documents_that_are_not_normative_are_documents():
    got = figures("全年发布规范性文件3个,非规范性文件72个。")
    assert ("normative_documents_issued", 3) in got and ("documents_published", 72) in got
    assert ("normative_documents_issued", 72) not in got


def test_cases_counted_with_their_classifier_before_the_noun():
    got = figures("截止2024年12月31日,包括2023年度结转的5个案件,所有申请已办结完成29件。")
    assert ("applications_carried_over", 5) in got and ("applications_handled", 29) in got


def test_a_case_as_a_word_of_its_own_is_no_classifier():
    from textmine.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("办理个案3起,另有5个案件")] == [(3, "起"), (5, "个")]


# --------------------------------------------------------------------------- licences of a field; posting on the portal

def test_licences_of_a_field_posted_are_licensing_decisions():
    got = audited("全年通过门户网站主动公开行政许可信息公示1143条,医疗机构许可47条,食品药品许可公示81条,通知公告46条。",
                  ("metric", "value"))
    assert ("licence_decisions", 47) in got and ("licence_decisions", 81) in got
    assert ("items_published", 1143) in got


def test_posting_on_the_government_portal_publishes_sending_to_another_body_submits():
    got = figures("2025年向区人民政府网站推送信息273条,向市政府网站投递信息49条,向市委办报送信息50条。")
    assert ("items_published", 273) in got
    assert ("items_submitted", 49) in got and ("items_submitted", 50) in got


# --------------------------------------------------------------------------- heads the page kept

def _metadata(text: str):
    import textmine

    return textmine.audit(text).metadata


def test_a_title_with_the_year_inside_its_ending_is_a_title():
    meta = _metadata("某市国有资产监督管理委员会政府信息公开工作2023年度报告\n发布时间:2024-01-25\n一、总体情况\n"
                     "(一)主动公开情况\n全年在门户网站主动公开信息373条。")
    assert meta.title and meta.title.endswith("2023年度报告") and meta.year == 2023 and not meta.fragment


def test_a_title_with_its_year_in_brackets_is_a_title():
    meta = _metadata("某区某镇政府信息公开工作年度报告 (2019年)\n来源:某镇人民政府\n一、总体情况\n"
                     "全年依托区政府门户网站主动公开政府信息31条。")
    assert meta.title is not None and meta.year == 2019 and not meta.fragment


def test_a_preamble_closing_the_first_paragraph_of_part_one_is_the_reports_head():
    opening = ("2020年,在县委、县政府的正确领导下,某县人力资源和社会保障局认真贯彻落实《中华人民共和国政府信息公开条例》,"
               "根据县委县政府关于政务公开工作统一安排部署,我局立足本职,创新思路,加强组织领导,狠抓责任落实,突出公开重点,"
               "拓宽公开渠道,创新公开形式,不断建立和完善信息公开制度,推动政务公开工作取得新成效,切实保障人民群众的知情权、参与权、"
               "表达权和监督权,充分发挥政府信息对人民群众生产、生活和经济社会活动的服务作用,现将我局政府信息公开工作报告如下:")
    assert len(opening) > 200
    meta = _metadata(f"一、总体情况\n{opening}\n全年主动公开信息120条。")
    assert not meta.fragment


def test_a_page_opening_at_a_sub_heading_is_still_a_fragment():
    meta = _metadata("(二)依申请公开情况\n全年共收到政府信息公开申请3件,均已按时答复。\n(三)政府信息管理\n严格落实保密审查。")
    assert meta.fragment


# --------------------------------------------------------------------------- kinds and channels written on

def test_a_kind_written_on_without_a_separator_before_etc_makes_the_count_items():
    got = figures("全年主动公开信息173条,其中,政府网站公开信息动态32条,“某某发布”微信公众号发布政务信息、"
                  "政策法规工作动态等内容141条。")
    assert ("items_published", 141) in got and ("documents_published", 141) not in got


def test_documents_in_their_unit_closed_by_etc_stay_documents():
    assert ("documents_published", 50) in figures("全年印发发文、数据公报等50件。")


def test_a_channel_named_with_its_owner_continues_a_list_of_channels():
    got = audited("宣传信息刊发情况:县政府网20条,党政网40条,外宣16条,市场监管局网站54条,市工商局网站27条。",
                  ("metric", "value", "channel"))
    assert ("items_published", 54, "website") in got and ("items_published", 27, "website") in got


# --------------------------------------------------------------------------- the other handling and what is left open

def test_a_fee_left_unpaid_is_the_other_handling_and_no_zero_of_the_fees():
    got = figures("2021年,我局共收到政府信息公开申请4件,其中予以公开2件,申请人逾期未按收费通知要求缴纳费用2件。")
    assert ("applications_other", 2) in got and ("applications_received", 2) not in got
    assert not any(metric == "info_processing_fees" for metric, _ in got)


def test_no_fee_charged_is_still_a_zero():
    assert figures("全年未收取任何费用。") == [("info_processing_fees", 0)]


def test_carried_into_next_year_with_the_words_turned_round():
    got = figures("全年收到申请57件,其中“予以公开”17件;“不予公开”6件;“无法提供”21件;“其他处理”12件。转结下年度办理1件。")
    assert ("applications_carried_forward", 1) in got


def test_applications_still_open_at_the_years_end_are_carried_forward():
    got = figures("全年共收到政府信息公开申请109件,办理完结105件(包含去年结转3件),尚在办理中的4件。")
    assert ("applications_carried_forward", 4) in got
    assert ("applications_carried_forward", 3) not in figures("12345热线工单尚在办理中的3件。")


# --------------------------------------------------------------------------- licences issued

def test_licences_issued_each_named_are_licences_granted():
    got = audited("全年核发林木采伐许可证111件、植物检疫证707件、林木种苗生产经营许可证15件。\n"
                  "通过政务服务网办理食品经营许可证变更6件、食品经营许可证首次发放49件。", ("metric", "value", "category"))
    assert ("licence_granted", 111, "林木采伐许可证") in got and ("licence_granted", 707, "植物检疫证") in got
    assert ("licence_granted", 49, "食品经营许可证首次发放") in got
    assert not any(metric == "licence_granted" and value == 6 for metric, value, _ in got)


def test_an_open_day_quoted_after_its_number():
    assert ("open_days", 1) in figures("公开部门预决算2条,组织1次“政府开放日”活动,推动政务公开向村级延伸。")


def test_the_old_tables_row_for_information_already_public_is_granted():
    report = audit("共受理政府信息依申请公开9件,其中“属于已主动公开答复数”2件,“同意公开答复数”2件,"
                   "“区分处理后公开数”4件,“不予公开答复数”1件。")
    got = [(f.metric, f.value) for f in report.figures]
    assert got.count(("applications_granted", 2)) == 2 and ("applications_handled", 2) not in got
    assert statuses(report, "breakdown.sum") == ["PASS"]
