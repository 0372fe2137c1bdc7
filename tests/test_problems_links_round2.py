"""Problem → measure links, round 2 (branch h19): classes of wrong and missed links seen on the
real dev pages under report-grouped cross-validation. Every sentence here is made up in the
shape of the real ones; none is copied from a page."""
from __future__ import annotations

from textmine.problems.followthrough import addresses, concepts, link
from textmine.problems.model import Sentence


def _sentence(index, label, topics, text, specificity=None):
    return Sentence(section="problems", text=text, start=0, end=len(text), label=label, topics=topics,
                    index=index, specificity=specificity)


# --------------------------------------------------------------------------- 队伍建设


def test_team_building_is_answered_by_training_the_team():
    """队伍建设有待加强 (the team as a whole) is answered by a measure training the staff, as by
    one adding staff, whatever else the problem says about the numbers (力量薄弱)."""
    team = _sentence(0, "problem", ("staffing",), "二是本单位政务公开队伍建设仍需加强")
    thin = _sentence(1, "problem", ("staffing",), "三是信息公开工作力量偏弱,队伍建设有待加强")
    train = _sentence(2, "measure", ("training_skills",), "定期组织业务培训,提升工作人员的综合素质和业务能力")
    hire = _sentence(3, "measure", ("staffing",), "增配1名专职工作人员,保持人员相对稳定")
    for problem in (team, thin):
        assert addresses(problem, train) and addresses(problem, hire)


def test_a_shortage_without_the_team_is_still_not_answered_by_training():
    """Issue 19 stands: 兼职, 缺乏专业人员 is a shortage of people, not answered by training."""
    short = _sentence(0, "problem", ("staffing",), "信息公开工作人员均为兼职,缺少专业技术人员")
    train = _sentence(1, "measure", ("training_skills",), "定期组织业务培训,提升工作人员的综合素质和业务能力")
    assert not addresses(short, train)


def test_information_held_is_no_learning():
    """所掌握的政府信息 (the information an office holds) names no training: a measure sorting
    it out does not answer 队伍建设 or 业务不熟."""
    assert "training" not in concepts("一是全面梳理本局所掌握的政府信息,做到及时提供、定期维护")
    assert "training" in concepts("组织工作人员熟练掌握公开条例的各项规定")
    team = _sentence(0, "problem", ("staffing",), "三是信息公开工作力量偏弱,队伍建设有待加强")
    sort = _sentence(1, "measure", ("coverage_depth", "timeliness"),
                     "一是全面梳理本局所掌握的政府信息,做到及时提供、定期维护,保证公开信息完整准确")
    assert link((team, sort)) == {0: ()}


# --------------------------------------------------------------------------- 形式…丰富


def test_richness_of_form_is_the_form_not_the_content():
    """形式不够丰富 / 丰富公开载体 are about the form (channel aspect), 丰富公开内容 about the
    content: a problem on poor forms is answered by a measure changing the ways of disclosure,
    and not by one widening the content."""
    assert "content" not in concepts("公开形式还不够丰富") and "channel" in concepts("公开形式还不够丰富")
    assert "content" not in concepts("进一步丰富政务公开载体和手段")
    assert "content" in concepts("进一步丰富公开内容,扩大信息量")
    assert "content" in concepts("我镇公开的内容和形式上还不够丰富")
    forms = _sentence(0, "problem", ("platforms_channels",), "公开方式不够丰富等问题")
    ways = _sentence(1, "measure", ("innovation_publicity",), "对此,我们将创新工作方法,改变方式,不断加强调查研究")
    assert addresses(forms, ways)


def test_breadth_said_as_reach_is_the_content():
    """涉及面广的信息 (information of wide reach) names the breadth of what is disclosed, like
    覆盖面: it answers 内容不够全面 even in a measure headed by the forms."""
    assert "content" in concepts("及时发布群众关注度高、涉及面广的各类信息")
    partial = _sentence(0, "problem", ("coverage_depth",), "公开的内容还不够全面")
    both = _sentence(1, "measure", ("timeliness", "innovation_publicity"),
                     "(一)丰富公开形式。及时发布群众关注度高、涉及面广的各类信息,推广图片、视频等形式")
    assert addresses(partial, both)


# --------------------------------------------------------------------------- 重点信息


def test_key_information_is_the_content():
    """做好重点政府信息公开 (key information: finances, housing, land…) widens the substance of
    what is disclosed, as 重点领域 does: it answers 内容不能满足公众需求 / 主动公开力度不够."""
    assert "content" in concepts("二是认真做好重点政府信息公开工作,重点做好财政预决算等信息的公开")
    needs = _sentence(0, "problem", ("coverage_depth",), "主动公开的信息内容尚不能满足公众的需求")
    effort = _sentence(1, "problem", ("coverage_depth",), "主动公开力度有待加强")
    key = _sentence(2, "measure", ("coverage_depth",),
                    "二是认真做好重点政府信息公开工作。重点做好“财政预决算”、“保障性住房”、“征地拆迁”等信息的公开")
    assert link((needs, effort, key)) == {0: (2,), 1: (2,)}


# --------------------------------------------------------------------------- 内容的质量


def test_the_quality_of_the_content_is_not_its_amount():
    """规范公开内容 / 提升信息内容的可读性 / 内容质量 act on how the content is written, not on
    how much is disclosed: they do not answer 内容不够全面 / 内容还需进一步丰富."""
    for text in ("规范公开内容,提高公开质量", "努力提升信息内容的可读性", "加强对内容质量的把控"):
        assert "content" not in concepts(text), text
    assert "content" in concepts("公开内容还需要进一步丰富") and "content" in concepts("扩大公开内容")
    thin = _sentence(0, "problem", ("coverage_depth",), "二是公开内容还需要进一步丰富")
    readable = _sentence(1, "measure", ("coverage_depth", "training_skills"),
                         "加强对工作人员的培训,规范公开行为,同时加强信息质量把控,提升信息内容的可读性")
    rules = _sentence(2, "measure", ("coverage_depth", "procedures_review"),
                      "二是健全和完善政务公开各项制度,规范公开内容,提高发布质量,拓宽渠道,确保操作简便、查询方便")
    assert link((thin, readable, rules)) == {0: ()}


# --------------------------------------------------------------------------- 深化


def test_deepening_the_work_is_no_content():
    """深化 in a measure deepens the work in general (深化政府信息公开, 深化政策解读工作, 在深化
    完善上下功夫), never the content a problem finds thin; a problem about thin content says
    内容 itself (公开内容需进一步深化)."""
    for text in ("进一步深化政府信息公开", "深化政策解读工作,创新解读形式", "在深化完善和巩固提高上下功夫"):
        assert "content" not in concepts(text), text
    assert "content" in concepts("三是公开内容需进一步深化")
    thin = _sentence(0, "problem", ("coverage_depth",), "(二)网站栏目内容正在建设,内容有待进一步充实")
    frame = _sentence(1, "measure", ("coverage_depth",),
                      "2021年,我局将在上级部门的领导下,继续围绕中心工作,不断深化政务公开工作,努力提升工作效益")
    assert not addresses(thin, frame)


# --------------------------------------------------------------------------- 在…指导下


def test_under_guidance_is_no_training():
    """在…的指导下 says whose guidance the work follows, not that anyone is trained: the framing
    sentence of a plan does not answer 学习力度有待加强 / 培训力度不够."""
    assert "training" not in concepts("2021年,我局将在市政务公开办的指导下,继续做好政务公开工作")
    assert "training" in concepts("继续加强业务指导培训") and "training" in concepts("加强对基层的指导")
    learn = _sentence(0, "problem", ("training_skills",), "学习力度有待加强")
    frame = _sentence(1, "measure", ("coverage_depth",),
                      "2021年,我局将在市政务公开办的指导下,继续围绕群众关注关切,努力提升政务公开工作的效益")
    assert not addresses(learn, frame)


# --------------------------------------------------------------------------- 定期报送


def test_regular_release_is_timeliness():
    """定期报送 / 定期更新 (release on a fixed schedule) acts on timeliness, as 定期维护 does: it
    answers 不及时上报; 定期组织培训 stays training."""
    assert "timeliness" in concepts("每个科室指定专人定期报送信息")
    assert "timeliness" not in concepts("定期组织业务培训")
    late = _sentence(0, "problem", ("timeliness",), "一是个别科室不及时上报信息,动态信息不能在第一时间发布")
    team = _sentence(1, "measure", ("staffing", "procedures_review"),
                     "一是成立信息报送小组,每个科室指定专人定期报送信息,由办公室统一审核发布")
    assert addresses(late, team)


# --------------------------------------------------------------------------- 人员到位


def test_staff_in_place_is_staffing():
    """确保工作人员到位 / 设立专门工作人员 / 人员保障 act on the staffing a problem finds short
    (兼职承担): they answer it even in a measure mostly about responsibility."""
    for text in ("确保信息公开工作人员到位、责任到位", "设立专门工作人员负责信息发布", "在人员保障上下功夫"):
        assert "staffing" in concepts(text), text
    part_time = _sentence(0, "problem", ("staffing",), "多数从事信息公开工作的人员兼职承担公开职责")
    duty = _sentence(1, "measure", ("awareness_leadership", "supervision_assessment"),
                     "(一)强化责任意识。督促各部门履行职责,确保信息公开工作人员到位、责任到位")
    assert addresses(part_time, duty)


# --------------------------------------------------------------------------- 内容不够及时


def test_content_not_timely_is_timeliness_only():
    """信息公开内容不够及时 / 内容更新不够及时 / 内容时效性不佳: the content is only the subject of
    a timeliness problem, which a measure widening the content does not answer; 内容…不够全面 is
    still the content."""
    for text in ("主要是信息公开内容不够及时", "部分公开内容更新不够及时", "公开的内容时效性不佳"):
        assert concepts(text) == frozenset({"timeliness"}), text
    assert "content" in concepts("公开更新内容不够及时、全面")
    late = _sentence(0, "problem", ("coverage_depth", "timeliness"), "主要是信息公开内容不够及时")
    wider = _sentence(1, "measure", ("coverage_depth",),
                      "一是开展调查研究,了解群众需求,主动公开群众所想所盼内容的信息")
    assert not addresses(late, wider)


# --------------------------------------------------------------------------- order


def test_a_measure_answers_only_the_problems_before_it():
    """Every annotated link on the real pages goes from a measure back to an earlier problem; a
    unit before every problem is the year's summary even when taken for a measure, and an item's
    own plan answers its problem, not the next item's."""
    summary = _sentence(0, "measure", ("coverage_depth",), "2020年,我局政务公开工作稳步推进,公开内容进一步丰富")
    thin = _sentence(1, "problem", ("coverage_depth",), "一是公开内容还不够全面")
    plan = _sentence(2, "measure", ("coverage_depth",), "下一步将扩大公开范围,丰富公开内容")
    forms = _sentence(3, "problem", ("platforms_channels",), "二是公开形式较为单一")
    ways = _sentence(4, "measure", ("platforms_channels",), "利用政务新媒体拓展公开渠道")
    assert link((summary, thin, plan, forms, ways)) == {1: (2,), 3: (4,)}


# --------------------------------------------------------------------------- 机制 … 制度


def test_the_working_mechanism_is_the_rules():
    """工作机制不够完善 is answered by 制定…管理制度, 制度化不够 by 完善公开机制: the working
    mechanism and the rules are one aspect; a coordination mechanism (协调机制) is not."""
    for text in ("我局的工作机制方面还不够完善", "完善公开机制,制定工作计划", "建立长效机制"):
        assert "rules" in concepts(text), text
    assert "rules" not in concepts("建立部门协调联动机制")
    loose = _sentence(0, "problem", ("procedures_review",), "2、目前本局的工作机制还不够完善,导致信息统计不及时")
    rules = _sentence(1, "measure", ("procedures_review",), "下一步要制定一套适合本局的信息公开管理制度")
    order = _sentence(2, "problem", ("procedures_review",), "信息公开的制度化和规范化有待加强")
    plan = _sentence(3, "measure", ("awareness_leadership",), "1、加强组织领导,完善公开机制。认真制定公开工作计划,细化目标责任")
    assert addresses(loose, rules) and addresses(order, plan)


# --------------------------------------------------------------------------- 及时总结


def test_summing_up_promptly_is_no_timeliness():
    """及时总结好做法和新经验 sums up experience (publicity), it releases nothing on time: it does
    not answer 信息更新不够及时; 及时调度…信息 / 及时发布 still do."""
    assert "timeliness" not in concepts("二是及时总结工作中积累的好做法和新经验")
    assert "timeliness" in concepts("及时调度各社区信息,做好发布工作")
    late = _sentence(0, "problem", ("timeliness",), "二是信息更新还不够及时")
    sum_up = _sentence(1, "measure", ("timeliness", "innovation_publicity"),
                       "二是及时总结工作中积累的好做法和新经验,充分发挥示范作用")
    assert not addresses(late, sum_up)


# --------------------------------------------------------------------------- 业务


def test_the_line_of_work_is_no_skill():
    """业务 names the staff's skill in 业务能力/业务培训/业务不熟, but the line of work in 审计业务文书,
    街道业务工作, 业务部门: a measure publicising the office's 业务工作 answers no training problem."""
    for text in ("审计机关对审计业务文书如何公开尚未作出规定", "做好街道业务工作的宣传推广", "督促各业务部门报送信息"):
        assert "training" not in concepts(text), text
    for text in ("工作人员业务不熟", "加强业务培训", "提高业务能力"):
        assert "training" in concepts(text), text
    learn = _sentence(0, "problem", ("training_skills",), "二是对新条例学习的深度不够")
    show = _sentence(1, "measure", ("coverage_depth", "innovation_publicity"),
                     "三是全面总结街道工作亮点,充实公开内容,做好街道业务工作的宣传推广")
    assert not addresses(learn, show)


# --------------------------------------------------------------------------- 全面准确把握


def test_grasping_the_rules_fully_is_no_content():
    """全面准确把握《条例》的精神 is understanding the rules, not disclosing fully: it does not answer
    公开内容需进一步充实; 全面准确公开 still names the content."""
    assert "content" not in concepts("一是加强学习,全面准确把握《条例》的精神实质")
    assert "content" in concepts("做到政府信息全面准确公开")
    thin = _sentence(0, "problem", ("coverage_depth",), "信息公开内容需要进一步充实")
    grasp = _sentence(1, "measure", ("training_skills", "awareness_leadership"),
                      "一是加强学习,提高认识,全面准确把握《条例》的精神实质")
    assert not addresses(thin, grasp)


# --------------------------------------------------------------------------- the site's footer after the report (stop 51)

def test_a_sites_footer_after_the_measures_shows_the_report_ended():
    from textmine.problems.units import five_cut
    from textmine.readers import load
    from textmine.sections import split_sections

    for footer in ("皖公网安备 34000002000001号\n网站标识码:3400000001", "版权所有:某县人民政府办公室\n主办单位:某县人民政府办公室",
                   "联系我们 | 网站地图\nCopyright © 2024 某县人民政府"):
        doc = load("某县财政局2023年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n"
                   "一是政策解读形式较为单一。二是下一步将增加图解、视频等解读形式\n" + footer + "\n")
        assert not five_cut(doc, split_sections(doc)), footer
    # (a page cut inside its measures, with no footer, is still cut)
    doc = load("某县财政局2023年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n"
               "一是政策解读形式较为单一。二是下一步将增加图解、视频等解读形式,并")
    assert five_cut(doc, split_sections(doc))


def test_a_measures_sub_part_named_as_plans_makes_an_undated_five_end_with_its_last_sentence():
    import textmine
    # (an excerpt with no year: 五、存在问题 … 六、改进措施 read as one 五 whose measures part asks for plans, the old
    # outline's last part — a 五 ending in a finished sentence is no cut page, so an unanswered problem is warned of)
    text = ("五、 存在问题\n政府信息公开工作还存在一些问题,如宣传培训不足,对社会宣传力度不够,均有待今后加以解决。\n"
            "六、 改进措施\n下一步,我局将进一步提高认识,加强培训。一是规范流程,建立长效机制。"
            "二是制定一套适应本单位的信息管理制度,明确责任。\n")
    report = textmine.audit(text)
    statuses = [f.status for f in report.findings if f.rule == "problems.unaddressed"]
    assert "UNCERTAIN" not in statuses and statuses
    # (cut inside a sentence it is still a cut page)
    report = textmine.audit(text.rstrip("\n。") .rsplit("。", 1)[0] + "。二是制定一套适应本单位的")
    assert all(f.status != "FAIL" for f in report.findings if f.rule == "problems.unaddressed")
