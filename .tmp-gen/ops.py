# Generates the citizen-reception blocks of openapi/openapi.yaml (temporary helper, not committed).
import re, sys
ERR = {400:'BadRequest',401:'Unauthorized',403:'Forbidden',404:'NotFound',406:'NotAcceptable',409:'Conflict',
       412:'PreconditionFailed',413:'PayloadTooLarge',415:'UnsupportedMediaType',422:'UnprocessableEntity',
       428:'PreconditionRequired',429:'TooManyRequests',500:'InternalError',503:'ServiceUnavailable'}
LIST=[400,401,403,406,500,503]
GET=[400,401,403,404,406,500,503]
CREATE=[400,401,403,406,409,413,415,422,500,503]
ACTION=[400,401,403,404,406,409,412,413,415,422,500,503]
PUT=[400,401,403,404,406,409,412,413,415,428,500,503]
READ_ROLES='[SYSTEM_ADMIN, COORDINATOR, ORG_ADMIN, OFFICER, VIEWER]'
WRITE_ROLES='[COORDINATOR, ORG_ADMIN, OFFICER]'

def ind(text, n):
    return '\n'.join((' '*n + l) if l.strip() else '' for l in text.strip('\n').split('\n'))

def op(method, opid, tag, roles, summary, desc, params=(), body=None, body_example=None, ok=None, errs=LIST,
       public=False, body_type='application/json'):
    out = [f'    {method}:', f'      operationId: {opid}', f'      tags: [{tag}]']
    if public:
        out.append('      security: []')
    out.append(f'      x-danvan-roles: {roles}')
    out.append(f'      summary: {summary}')
    out.append('      description: |')
    out.append(ind(desc, 8))
    if params:
        out.append('      parameters:')
        for p in params:
            if p.startswith('$'):
                out.append(f"        - $ref: '#/components/parameters/{p[1:]}'")
            else:
                out.append(ind(p, 8))
    if body:
        out += ['      requestBody:', '        required: true', '        content:', f'          {body_type}:',
                '            schema:', f"              $ref: '#/components/schemas/{body}'", '            example:',
                ind(body_example, 14)]
    out.append('      responses:')
    out.append(ind(ok, 8))
    for c in errs:
        out.append(f"        '{c}':")
        out.append(f"          $ref: '#/components/responses/{ERR[c]}'")
    return '\n'.join(out)

def okjson(code, desc, schema, example, etag=False, location=False):
    s = f"'{code}':\n  description: {desc}\n"
    if etag or location:
        s += "  headers:\n"
        if location:
            s += "    Location:\n      $ref: '#/components/headers/Location'\n"
        if etag:
            s += "    ETag:\n      $ref: '#/components/headers/ETag'\n"
    s += f"  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/{schema}'\n      example:\n" + ind(example, 8)
    return s

ORG='6f1c7c1e-2d4b-4a57-9a53-0c4d9a1e2b10'
COMMUNE='0b6f1e7a-3c2d-4e5f-8a9b-1c2d3e4f5a6b'
REC='3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'
CASE='9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d'
SCHED='2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'
RULE='0d1e0a01-0000-0000-0000-00000000000a'

SCHEDULE_WRITE=f"""organizationId: {ORG}
sessionType: PERIODIC_HEAD
sessionDate: '2026-12-15'
startTime: '07:30'
endTime: '11:30'
place: Trụ sở Tiếp công dân tỉnh, 96 Hùng Vương, phường Cẩm Thành
hostName: Nguyễn Hoàng Giang
hostPosition: Chủ tịch UBND tỉnh
delegated: false
published: true"""
SCHEDULE=f"""id: {SCHED}
{SCHEDULE_WRITE}
outcome: SCHEDULED
missed: false
createdAt: '2026-11-23T08:00:00+07:00'
updatedAt: '2026-11-23T08:00:00+07:00'
version: 0"""

RECEPTION_WRITE=f"""organizationId: {ORG}
receivedOn: '2026-11-20'
receptionType: PERIODIC_HEAD
channel: IN_PERSON
scheduleId: {SCHED}
headReceivedInPerson: true
kind: COMPLAINT
domain: COMPENSATION_RESETTLEMENT
peopleCount: 7
citizens:
  - fullName: Trần Văn Bình
    address: Thôn Mỹ Lai, xã Tịnh Khê, tỉnh Quảng Ngãi
    phone: '0905123456'
    idType: CCCD
    idNumber: '051089001234'
    representative: true
  - fullName: Lê Thị Cúc
    address: Thôn Mỹ Lai, xã Tịnh Khê, tỉnh Quảng Ngãi
    idType: CCCD
    idNumber: '051190004321'
    representative: true
content: Khiếu nại về giá bồi thường đất nông nghiệp khi thu hồi đất làm đường ven biển Dung Quất – Sa Huỳnh.
previouslyHandledBy: UBND xã Tịnh Khê (Quyết định số 112/QĐ-UBND ngày 02/9/2026)
handling: ACCEPTED
concernedCommuneId: {COMMUNE}
concernedAddress: Thôn Mỹ Lai, xã Tịnh Khê
flags:
  levelSkipping: false
  repeated: true
  prolonged: false
  complex: true
receivingOfficials:
  - Võ Minh Tâm
  - Phạm Thị Hạnh
nationalCaseNumber: KN-51-2026-000123
notes: Đoàn đông người, đã cử 2 người đại diện."""
RECEPTION_OUT=f"""id: {REC}
{RECEPTION_WRITE}
flags:
  mass: true
  levelSkipping: false
  repeated: true
  prolonged: false
  complex: true
personalDataMasked: false
caseId: {CASE}
repeatSuggestion:
  earlierReceptionId: 7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f
  matchedOn: ID_NUMBER
followUp: Quyết định giải quyết khiếu nại số 245/QĐ-UBND ngày 18/12/2026
demo: false
createdAt: '2026-11-20T09:15:00+07:00'
updatedAt: '2026-11-20T09:15:00+07:00'
version: 0"""
# The output example repeats 'flags': remove the first one (from the write part).
RECEPTION_OUT = RECEPTION_OUT.replace("""flags:
  levelSkipping: false
  repeated: true
  prolonged: false
  complex: true
receivingOfficials""", "receivingOfficials", 1)

CASE_OUT=f"""id: {CASE}
receptionId: {REC}
organizationId: {ORG}
kind: COMPLAINT
instance: FIRST
complex: true
remoteArea: false
receivedOn: '2026-11-20'
acceptedOn: '2026-11-27'
lateAcceptance: false
status: VERIFYING
deadlineRuleId: {RULE}
deadline: '2027-01-11'
overdue: false
daysLeft: 49
extensions: []
transfers: []
statusHistory:
  - toStatus: ACCEPTED
    changedOn: '2026-11-27'
  - fromStatus: ACCEPTED
    toStatus: VERIFYING
    changedOn: '2026-12-01'
    note: Giao Thanh tra tỉnh xác minh
resultPublic: false
demo: false
createdAt: '2026-11-27T10:00:00+07:00'
updatedAt: '2026-12-01T10:00:00+07:00'
version: 1"""

def page(item):
    return "items:\n" + ind("- " + ind(item, 2).lstrip(), 2) + "\nnextPageToken: eyJmIjoiYWJjIiwiayI6WyIyMDI2LTExLTIwIl19"

RULE_OUT=f"""id: {RULE}
kind: COMPLAINT
instance: FIRST
complex: false
remoteArea: false
days: 30
extensionDays: 0
maxExtensions: 0
effectiveFrom: '2012-07-01'
legalBasis: Luật Khiếu nại 2011, Điều 28
createdAt: '2026-11-23T08:00:00+07:00'
updatedAt: '2026-11-23T08:00:00+07:00'
version: 0"""
RRULE_OUT="""id: 0d1e0b01-0000-0000-0000-00000000000a
code: HEAD_RECEIVES_IN_PERSON
effectiveFrom: '2026-07-01'
legalBasis: Luật 136/2025/QH15 — người đứng đầu trực tiếp tiếp công dân định kỳ, không ủy quyền cho cấp phó
createdAt: '2026-11-23T08:00:00+07:00'
updatedAt: '2026-11-23T08:00:00+07:00'
version: 0"""

P = []
def path(p, *ops, params=None):
    s = f"  {p}:\n"
    if params:
        s += "    parameters:\n" + "\n".join(f"      - $ref: '#/components/parameters/{x}'" for x in params) + "\n"
    s += "\n".join(ops)
    P.append(s)

def qp(name, desc, schema):
    import json
    return f"- name: {name}\n  in: query\n  description: {json.dumps(desc, ensure_ascii=False)}\n  schema:\n" + ind(schema, 4)
UUIDS="type: string\nformat: uuid"
DATE="type: string\nformat: date"
BOOL="type: boolean"
ORGQ = qp('organizationId', 'Only records of this receiving unit and the units below it.', UUIDS)
FROMQ = qp('from', 'First local date (YYYY-MM-DD), inclusive.', DATE)
TOQ = qp('to', 'Last local date (YYYY-MM-DD), inclusive.', DATE)

# ---------------------------------------------------------------- schedules
path('/api/v1/reception-schedules',
  op('get','listReceptionSchedules','ReceptionSchedules', '[SYSTEM_ADMIN, COORDINATOR, ORG_ADMIN, OFFICER, VIEWER, PORTAL_CLIENT]',
     'List reception sessions',
     """Lịch tiếp công dân — the reception schedule: periodic reception days of heads of agencies (tiếp
định kỳ), sessions of the regular reception office (thường xuyên) and ad-hoc sessions (đột xuất), in the
caller's scope, ordered by date. `missed=true` lists sessions whose day has passed without being
recorded as held (lịch tiếp không được thực hiện), for coordinators to follow up.""",
     params=[ORGQ, FROMQ, TOQ, qp('sessionType','Only sessions of this type.',"$ref: '#/components/schemas/ReceptionType'"),
             qp('missed','`true`: only past sessions not recorded as held; `false`: only the others.', BOOL),
             '$PageSize','$PageToken'],
     ok=okjson(200,'One page of sessions, by date and start time.','ReceptionSchedulePage', page(SCHEDULE))),
  op('post','createReceptionSchedule','ReceptionSchedules', WRITE_ROLES, 'Schedule a reception session',
     """Đăng ký lịch tiếp công dân — schedule a session. Rules in force on the session's date apply: from
1 July 2026 (Luật 136/2025/QH15, rule `HEAD_RECEIVES_IN_PERSON`) a periodic session of the head may not
be delegated to a deputy (`delegated: true` is refused).""",
     params=['$IdempotencyKey'], body='ReceptionScheduleCreate', body_example=SCHEDULE_WRITE,
     ok=okjson(201,'Scheduled.','ReceptionSchedule', SCHEDULE, etag=True, location=True), errs=CREATE))
path('/api/v1/reception-schedules/{scheduleId}',
  op('get','getReceptionSchedule','ReceptionSchedules','[SYSTEM_ADMIN, COORDINATOR, ORG_ADMIN, OFFICER, VIEWER, PORTAL_CLIENT]',
     'Get a reception session','Xem lịch tiếp công dân — one session with its ETag.',
     ok=okjson(200,'The session.','ReceptionSchedule',SCHEDULE,etag=True), errs=GET),
  op('put','updateReceptionSchedule','ReceptionSchedules', WRITE_ROLES,'Change a reception session',
     """Sửa lịch tiếp công dân — replace a session's details (date, time, place, host). The same rules as on
creation apply.""", params=['$IfMatch'], body='ReceptionScheduleUpdate', body_example=SCHEDULE_WRITE,
     ok=okjson(200,'The changed session.','ReceptionSchedule',SCHEDULE,etag=True), errs=PUT),
  params=['ScheduleId'])
path('/api/v1/reception-schedules/{scheduleId}/outcome',
  op('post','recordReceptionScheduleOutcome','ReceptionSchedules', WRITE_ROLES,'Record whether a session was held',
     """Kết quả buổi tiếp — record that the session was held (HELD) or not (NOT_HELD, with the reason).
Only for a session whose day has come.""",
     params=['$IdempotencyKey','$IfMatchOptional'], body='ReceptionScheduleOutcome',
     body_example="outcome: NOT_HELD\nnote: Chủ tịch UBND tỉnh đi công tác; đã thông báo lùi lịch sang ngày 22/12/2026.",
     ok=okjson(200,'The session with its outcome.','ReceptionSchedule',SCHEDULE,etag=True), errs=ACTION),
  params=['ScheduleId'])

# ---------------------------------------------------------------- receptions
RLISTP=[ORGQ, qp('communeId','Only records concerning this commune (the place concerned).',UUIDS), FROMQ, TOQ,
        qp('kind','Only this kind.',"$ref: '#/components/schemas/ReceptionKind'"),
        qp('domain','Only this domain.',"$ref: '#/components/schemas/ReceptionDomain'"),
        qp('handling','Only this handling.',"$ref: '#/components/schemas/ReceptionHandling'"),
        qp('flag','Only records with this flag.',"$ref: '#/components/schemas/ReceptionFlag'"),
        qp('idNumber','Only records of the citizen with exactly this ID number (CCCD, CMND or passport).',
           "type: string\nminLength: 6\nmaxLength: 20\npattern: '^[0-9A-Za-z]+$'"),
        '$Q','$ReceptionSort','$PageSize','$PageToken']
path('/api/v1/receptions',
  op('get','listReceptions','Receptions', READ_ROLES, 'List the reception book',
     """Sổ tiếp công dân — the reception book in the caller's scope, newest first. `q` searches the content
and the citizens' names ignoring diacritics; `idNumber` finds a citizen's records by exact ID number.
Addresses, phone numbers and ID numbers are masked unless the caller is an officer of the receiving
unit or a coordinator (each unmasked record read is logged).""",
     params=RLISTP, ok=okjson(200,'One page of the book.','ReceptionPage', page(RECEPTION_OUT))),
  op('post','createReception','Receptions', WRITE_ROLES, 'Record a citizen reception',
     """Ghi sổ tiếp công dân — record one reception: the citizen (or the representatives of a group of 5 or
more people, at most 5; đông người), content, kind (khiếu nại, tố cáo, kiến nghị, phản ánh), domain,
handling (thụ lý, trả lại đơn và hướng dẫn, chuyển đơn, trả lời trực tiếp) and flags. The mass flag
follows from the number of people. Earlier records of the same person (by ID number) or subject (same
commune and domain) are suggested as a repeat (`repeatSuggestion`).""",
     params=['$IdempotencyKey'], body='ReceptionCreate', body_example=RECEPTION_WRITE,
     ok=okjson(201,'Recorded.','Reception',RECEPTION_OUT,etag=True,location=True), errs=CREATE))
path('/api/v1/receptions/book',
  op('get','exportReceptionBook','Receptions', READ_ROLES, 'Export the reception book (Mẫu số 03)',
     """Xuất Sổ tiếp công dân — the book of one unit for a date range (at most 366 days) as an `.xlsx`
workbook in the layout of Mẫu số 03 (Thông tư 04/2021/TT-TTCP): STT, ngày tiếp, họ tên – địa chỉ,
CMND/CCCD/hộ chiếu, nội dung vụ việc, phân loại đơn / số người, cơ quan đã giải quyết, hướng xử lý
(thụ lý / trả lại đơn và hướng dẫn / chuyển đơn), theo dõi kết quả giải quyết, ghi chú. Personal data is
masked as in the list.""",
     params=[qp('organizationId','The receiving unit (its own book; units below it keep their own).',UUIDS).replace('  in: query','  in: query\n  required: true'),
             qp('from','First day of the book, inclusive.',DATE).replace('  in: query','  in: query\n  required: true'),
             qp('to','Last day of the book, inclusive.',DATE).replace('  in: query','  in: query\n  required: true')],
     ok="""'200':
  description: The workbook.
  headers:
    Content-Disposition:
      description: The suggested file name.
      schema:
        type: string
        maxLength: 200
  content:
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet:
      schema:
        type: string
        format: binary
        maxLength: 104857600""", errs=GET))
path('/api/v1/receptions/{receptionId}',
  op('get','getReception','Receptions', READ_ROLES, 'Get a reception record',
     """Xem một lượt tiếp công dân — one record of the book, personal data masked unless the caller is an
officer of the receiving unit or a coordinator (the read is then logged).""",
     ok=okjson(200,'The record.','Reception',RECEPTION_OUT,etag=True), errs=GET),
  op('put','updateReception','Receptions', WRITE_ROLES, 'Correct a reception record',
     """Sửa sổ tiếp công dân — replace the editable fields of a record (not its unit). Only callers who may
see its personal data may correct it.""",
     params=['$IfMatch'], body='ReceptionUpdate', body_example=RECEPTION_WRITE.split('\n',1)[1],
     ok=okjson(200,'The corrected record.','Reception',RECEPTION_OUT,etag=True), errs=PUT),
  params=['ReceptionId'])
path('/api/v1/receptions/{receptionId}/personal-data-reads',
  op('get','listReceptionPersonalDataReads','Receptions','[SYSTEM_ADMIN, COORDINATOR]', 'Who read the personal data of a record',
     """Nhật ký truy cập dữ liệu cá nhân — the newest 200 reads of the record's unmasked personal data: who,
when and how (read, list, export), as Luật Bảo vệ dữ liệu cá nhân requires.""",
     ok=okjson(200,'The reads, newest first.','PersonalDataReadList',f"""items:
  - accessedAt: '2026-11-23T09:00:00+07:00'
    actorId: 4b0d8f7e-1a2b-4c3d-9e8f-7a6b5c4d3e2f
    actorName: Võ Minh Tâm
    purpose: READ"""), errs=GET),
  params=['ReceptionId'])

# ---------------------------------------------------------------- cases
path('/api/v1/cases',
  op('get','listCases','Cases', READ_ROLES, 'List cases',
     """Vụ việc — cases accepted for resolution in the caller's scope, by deadline. `overdue=true` lists open
cases whose legal deadline has passed (counted in local dates, Asia/Ho_Chi_Minh).""",
     params=[ORGQ, qp('status','Only cases in this status.',"$ref: '#/components/schemas/CaseStatus'"),
             qp('kind','Only this kind.',"$ref: '#/components/schemas/ReceptionKind'"),
             qp('overdue','`true`: only open cases past their deadline; `false`: only the others.',BOOL),
             '$PageSize','$PageToken'],
     ok=okjson(200,'One page of cases, nearest deadline first.','CasePage',page(CASE_OUT))),
  op('post','createCase','Cases', WRITE_ROLES, 'Open a case from a reception',
     """Lập hồ sơ vụ việc — open the case of a reception whose handling is "accept for resolution" (thụ lý).
With `acceptedOn` the case is accepted at once and its legal deadline is computed from the deadline
rules in force on that date; an acceptance more than 10 days after receipt is flagged
(`lateAcceptance`).""",
     params=['$IdempotencyKey'], body='CaseCreate',
     body_example=f"receptionId: {REC}\ninstance: FIRST\ncomplex: true\nremoteArea: false\nacceptedOn: '2026-11-27'",
     ok=okjson(201,'Opened.','Case',CASE_OUT,etag=True,location=True), errs=CREATE))
path('/api/v1/cases/{caseId}',
  op('get','getCase','Cases', READ_ROLES, 'Get a case',
     'Xem vụ việc — one case with its deadline, extensions, transfers and status history.',
     ok=okjson(200,'The case.','Case',CASE_OUT,etag=True), errs=GET),
  params=['CaseId'])
path('/api/v1/cases/{caseId}/transitions',
  op('post','transitionCase','Cases', WRITE_ROLES, 'Move a case to its next stage',
     """Chuyển bước xử lý — received → accepted (thụ lý) or refused (không thụ lý) → verifying (xác minh) →
dialogue (đối thoại) → decided → enforced (tổ chức thi hành) / closed (kết thúc). Accepting sets the
acceptance date and computes the deadline; a decision is recorded with the decision action.""",
     params=['$IdempotencyKey','$IfMatchOptional'], body='CaseTransition',
     body_example="status: VERIFYING\nchangedOn: '2026-12-01'\nnote: Giao Thanh tra tỉnh xác minh",
     ok=okjson(200,'The case in its new stage.','Case',CASE_OUT,etag=True), errs=ACTION),
  params=['CaseId'])
path('/api/v1/cases/{caseId}/extensions',
  op('post','extendCase','Cases', WRITE_ROLES, 'Extend the time limit of a denunciation',
     """Gia hạn giải quyết tố cáo — extend the deadline of a denunciation by the rule's extension (30 days),
at most as many times as the rule allows (two), each with its written decision.""",
     params=['$IdempotencyKey','$IfMatchOptional'], body='CaseExtensionCreate',
     body_example="decisionNumber: 15/QĐ-UBND\ndecidedOn: '2027-01-05'\nreason: Vụ việc phức tạp, cần xác minh thêm tại nhiều địa phương",
     ok=okjson(200,'The case with its new deadline.','Case',CASE_OUT,etag=True), errs=ACTION),
  params=['CaseId'])
path('/api/v1/cases/{caseId}/transfers',
  op('post','transferCase','Cases', WRITE_ROLES, 'Transfer a case to another organisation',
     """Chuyển vụ việc — hand the case to the competent organisation; every transfer is kept in the case's
history. A transfer to the organisation that holds it is refused.""",
     params=['$IdempotencyKey','$IfMatchOptional'], body='CaseTransferCreate',
     body_example=f"toOrganizationId: {COMMUNE}\ntransferredOn: '2026-12-02'\nreason: Thuộc thẩm quyền giải quyết lần đầu của Chủ tịch UBND xã",
     ok=okjson(200,'The case at its new organisation.','Case',CASE_OUT,etag=True), errs=ACTION),
  params=['CaseId'])
path('/api/v1/cases/{caseId}/decision',
  op('post','decideCase','Cases', WRITE_ROLES, 'Record the decision on a case',
     """Quyết định giải quyết — record the decision (number, date, summary), not before the acceptance date
and not in the future. The result is written back to the follow-up column (theo dõi kết quả giải
quyết) of the reception record; with `publishResult` it is published on the portal without personal
data (công khai kết quả giải quyết).""",
     params=['$IdempotencyKey','$IfMatchOptional'], body='CaseDecisionCreate',
     body_example="number: 245/QĐ-UBND\ndecidedOn: '2026-12-18'\nsummary: Công nhận một phần nội dung khiếu nại; điều chỉnh đơn giá bồi thường.\npublishResult: true\npublicSummary: Khiếu nại về giá bồi thường đất tại xã Tịnh Khê đúng một phần; UBND tỉnh điều chỉnh đơn giá.",
     ok=okjson(200,'The decided case.','Case',CASE_OUT,etag=True), errs=ACTION),
  params=['CaseId'])

# ---------------------------------------------------------------- rules
path('/api/v1/deadline-rules',
  op('get','listDeadlineRules','DeadlineRules','[SYSTEM_ADMIN, COORDINATOR, ORG_ADMIN, OFFICER, VIEWER]','List deadline rules',
     """Thời hạn giải quyết — the time limits by kind, instance, complexity and remote area, with their
effective dates. `asOf` lists only the rules in force on that date.""",
     params=[qp('kind','Only rules of this kind.',"$ref: '#/components/schemas/ReceptionKind'"),
             qp('asOf','Only rules in force on this local date.',DATE)],
     ok=okjson(200,'The rules.','DeadlineRuleList',"items:\n" + ind("- " + ind(RULE_OUT,2).lstrip(),2))),
  op('post','createDeadlineRule','DeadlineRules','[SYSTEM_ADMIN, COORDINATOR]','Add a deadline rule',
     """Thêm quy định thời hạn — a change of law is a new row: the rule in force for the same kind, instance,
complexity and remote area ends the day before the new one takes effect.""",
     params=['$IdempotencyKey'], body='DeadlineRuleCreate',
     body_example="kind: COMPLAINT\ninstance: FIRST\ncomplex: false\nremoteArea: false\ndays: 30\nextensionDays: 0\nmaxExtensions: 0\neffectiveFrom: '2027-01-01'\nlegalBasis: Luật Khiếu nại (sửa đổi) — ví dụ",
     ok=okjson(201,'Added.','DeadlineRule',RULE_OUT,etag=True,location=True), errs=CREATE))
path('/api/v1/reception-rules',
  op('get','listReceptionRules','ReceptionRules','[SYSTEM_ADMIN, COORDINATOR, ORG_ADMIN, OFFICER, VIEWER]','List reception rules',
     """Quy định về tiếp công dân — rules about reception that change with the law, with their effective
dates: `HEAD_RECEIVES_IN_PERSON` (from 1 July 2026 the head receives in person, no delegation to a
deputy) and `ACCEPTANCE_LIMIT_DAYS` (accept or refuse within `parameter` days of receipt).""",
     ok=okjson(200,'The rules.','ReceptionRuleList',"items:\n" + ind("- " + ind(RRULE_OUT,2).lstrip(),2))),
  op('post','createReceptionRule','ReceptionRules','[SYSTEM_ADMIN, COORDINATOR]','Add a reception rule',
     """Thêm quy định về tiếp công dân — a new row with its effective date; the row in force for the same code
ends the day before.""",
     params=['$IdempotencyKey'], body='ReceptionRuleCreate',
     body_example="code: ACCEPTANCE_LIMIT_DAYS\nparameter: 10\neffectiveFrom: '2027-01-01'\nlegalBasis: Ví dụ một quy định mới",
     ok=okjson(201,'Added.','ReceptionRule',RRULE_OUT,etag=True,location=True), errs=CREATE))

# ---------------------------------------------------------------- hotspots
path('/api/v1/hotspots',
  op('get','listHotspots','Hotspots','[SYSTEM_ADMIN, COORDINATOR]','Find hot spots',
     """Điểm nóng — places (the commune concerned) and subjects (the domain) where mass (đông người),
repeated (nhiều lần), level-skipping (vượt cấp) or prolonged (kéo dài) records pile up beyond the
configured thresholds within a sliding window ending on `asOf` (today by default), with the contributing
records. Most flagged first.""",
     params=[ORGQ, qp('asOf','Last day of the window (local date); today by default.',DATE),
             qp('windowDays','Length of the window in days (default from configuration, 90).',
                "type: integer\nformat: int32\nminimum: 1\nmaximum: 730")],
     ok=okjson(200,'The hot spots.','HotspotList',f"""windowFrom: '2026-08-26'
windowTo: '2026-11-23'
minFlaggedRecords: 3
minMassRecords: 2
items:
  - communeId: {COMMUNE}
    communeName: Ủy ban nhân dân xã Tịnh Khê
    domain: COMPENSATION_RESETTLEMENT
    flaggedCount: 5
    massCount: 2
    levelSkippingCount: 1
    repeatedCount: 3
    prolongedCount: 1
    peopleCount: 38
    firstReceivedOn: '2026-09-03'
    lastReceivedOn: '2026-11-20'
    receptions:
      - id: {REC}
        organizationId: {ORG}
        receivedOn: '2026-11-20'
        kind: COMPLAINT
        peopleCount: 7
        flags:
          mass: true
          levelSkipping: false
          repeated: true
          prolonged: false
          complex: true""")))

# ---------------------------------------------------------------- portal & public
path('/api/v1/portal/petitions',
  op('post','submitPortalPetition','PortalPetitions','[PORTAL_CLIENT]','Forward an online petition',
     """Đơn trực tuyến — the provincial portal forwards a citizen's petition. Idempotent on the portal's own
`portalReference`: sending the same reference again returns the first receipt (the same body) or 422
(another body). The receipt holds the tracking code (mã tra cứu) and the secret (mã bí mật) to give to
the citizen for the public status look-up.""",
     params=['$IdempotencyKey'], body='PortalPetitionCreate',
     body_example=f"""portalReference: DVC-2026-11-000457
organizationId: {ORG}
submittedOn: '2026-11-22'
kind: PETITION
domain: ENVIRONMENT
content: Đề nghị xử lý tình trạng cơ sở chế biến mủ cao su gây ô nhiễm nguồn nước thôn Phước Thịnh.
peopleCount: 1
citizen:
  fullName: Đinh Thị Hoa
  address: Thôn Phước Thịnh, xã Minh Long
  phone: '0915222333'
  idType: CCCD
  idNumber: '051195007788'
concernedCommuneId: {COMMUNE}
concernedAddress: Thôn Phước Thịnh, xã Minh Long""",
     ok="'200':\n  description: The receipt of a petition received before under the same reference.\n  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/PortalPetitionReceipt'\n      example:\n" + ind(f"receptionId: {REC}\ntrackingCode: TCD-7K3M9Q2X\nsecret: H4QW-9ZP2-MX7C\nsubmittedOn: '2026-11-22'",8) + "\n" +
        okjson(201,'Received.','PortalPetitionReceipt',f"receptionId: {REC}\ntrackingCode: TCD-7K3M9Q2X\nsecret: H4QW-9ZP2-MX7C\nsubmittedOn: '2026-11-22'",location=True),
     errs=CREATE))
path('/api/v1/public/petitions/{trackingCode}',
  op('get','lookUpPetitionStatus','PublicReception','[PUBLIC]','Look up the status of a petition',
     """Tra cứu tình trạng đơn — a citizen looks up a petition with the tracking code (mã tra cứu) and the
secret (mã bí mật) given at submission, the secret in the `X-Petition-Secret` header so that it never
appears in a URL or a log of URLs. A wrong secret and an unknown code get the same 404, and look-ups are
rate-limited per source address (429 with Retry-After), so codes cannot be enumerated. No personal data
is returned.""",
     params=["""- name: trackingCode
  in: path
  required: true
  description: Mã tra cứu, as given at submission.
  schema:
    type: string
    maxLength: 20
    pattern: '^[A-Z0-9-]+$'""", """- name: X-Petition-Secret
  in: header
  required: true
  description: Mã bí mật, as given at submission.
  schema:
    type: string
    maxLength: 20
    pattern: '^[A-Z0-9-]+$'"""],
     ok=okjson(200,'The status.','PetitionStatus',"trackingCode: TCD-7K3M9Q2X\nsubmittedOn: '2026-11-22'\nstage: BEING_RESOLVED\nhandling: ACCEPTED\ncaseStatus: VERIFYING\ndeadline: '2027-01-11'"),
     errs=[400,404,406,429,500,503], public=True))
path('/api/v1/public/reception-schedules',
  op('get','listPublishedReceptionSchedules','PublicReception','[PUBLIC]','Published reception schedule',
     """Công khai lịch tiếp công dân — the published sessions from `from` (today by default) for 31 days, for
the portal. No account needed.""",
     params=[qp('organizationId','Only sessions of this unit.',UUIDS), FROMQ, '$PageSize','$PageToken'],
     ok=okjson(200,'One page of published sessions.','PublishedReceptionSchedulePage',page(f"""id: {SCHED}
organizationId: {ORG}
organizationName: Ủy ban nhân dân tỉnh Quảng Ngãi
sessionType: PERIODIC_HEAD
sessionDate: '2026-12-15'
startTime: '07:30'
endTime: '11:30'
place: Trụ sở Tiếp công dân tỉnh, 96 Hùng Vương, phường Cẩm Thành
hostName: Nguyễn Hoàng Giang
hostPosition: Chủ tịch UBND tỉnh""")), errs=[400,406,500,503], public=True))
path('/api/v1/public/case-results',
  op('get','listPublishedCaseResults','PublicReception','[PUBLIC]','Published results of resolution',
     """Công khai kết quả giải quyết khiếu nại, tố cáo — decisions marked public, newest first, without any
personal data (no names, addresses, phone or ID numbers). No account needed.""",
     params=[qp('organizationId','Only results of this unit.',UUIDS), FROMQ, TOQ, '$PageSize','$PageToken'],
     ok=okjson(200,'One page of results.','PublishedCaseResultPage',page(f"""caseId: {CASE}
organizationId: {ORG}
organizationName: Ủy ban nhân dân tỉnh Quảng Ngãi
kind: COMPLAINT
domain: COMPENSATION_RESETTLEMENT
decisionNumber: 245/QĐ-UBND
decidedOn: '2026-12-18'
publicSummary: Khiếu nại về giá bồi thường đất tại xã Tịnh Khê đúng một phần; UBND tỉnh điều chỉnh đơn giá.""")),
     errs=[400,406,500,503], public=True))

TAGS = """  - name: ReceptionSchedules
    description: |
      Lịch tiếp công dân — reception schedules: periodic reception days of heads of agencies, the regular
      reception office and ad-hoc sessions, published for the portal.
  - name: Receptions
    description: |
      Tiếp công dân — the reception book (Sổ tiếp công dân, Mẫu số 03, Thông tư 04/2021/TT-TTCP): every
      citizen received, with content, kind, handling and flags, and its export as a workbook. Personal data
      (address, phone, ID number) is masked for all but the receiving unit's officers and coordinators.
  - name: Cases
    description: |
      Vụ việc — complaints, denunciations and petitions accepted for resolution (thụ lý), with legal
      deadlines computed from the deadline rules, extensions, transfers and the decision.
  - name: DeadlineRules
    description: |
      Thời hạn giải quyết — legal time limits of resolution as data with effective dates (Luật Khiếu nại
      2011, Luật Tố cáo 2018, as amended).
  - name: ReceptionRules
    description: |
      Quy định về tiếp công dân — reception rules that change with the law, with effective dates.
  - name: Hotspots
    description: |
      Điểm nóng — places and subjects where mass, repeated, level-skipping or prolonged cases pile up.
  - name: PortalPetitions
    description: |
      Đơn trực tuyến — petitions forwarded by the provincial e-government portal (machine client).
  - name: PublicReception
    description: |
      Công khai — what anyone may read without an account: the published reception schedule, published
      results of resolution and the status look-up of an online petition. Never personal data."""

PARAMS = """    # ==== citizen reception (issue 6): add entries below this line ====
    ScheduleId:
      name: scheduleId
      in: path
      required: true
      description: The reception session's ID.
      schema:
        type: string
        format: uuid
    ReceptionId:
      name: receptionId
      in: path
      required: true
      description: The reception record's ID.
      schema:
        type: string
        format: uuid
    CaseId:
      name: caseId
      in: path
      required: true
      description: The case's ID.
      schema:
        type: string
        format: uuid
    ReceptionSort:
      name: sort
      in: query
      description: |
        Comma-separated sort fields, `-` for descending: `receivedOn`, `createdAt`, `updatedAt`.
        Default `-receivedOn`.
      schema:
        type: string
        maxLength: 100
        pattern: '^-?[A-Za-z]+(,-?[A-Za-z]+)*$'
      example: -receivedOn
    # ==== end of citizen reception ===="""

y = open('../openapi/openapi.yaml').read()
def put(y, marker_start, marker_end, text):
    i = y.index(marker_start); j = y.index(marker_end, i)
    return y[:i] + marker_start + "\n" + text + "\n" + y[j:]
ts = "  # ==== citizen reception (issue 6): add entries below this line ===="
te = "  # ==== end of citizen reception ===="
# tags block (first occurrence), paths block (second), schemas (third, 4-space indent)
i1 = y.index(ts); j1 = y.index(te, i1)
y = y[:i1] + ts + "\n" + TAGS + "\n" + y[j1:]
i2 = y.index(ts, i1 + len(ts) + len(TAGS)); j2 = y.index(te, i2)
y = y[:i2] + ts + "\n" + "\n".join(P) + "\n" + y[j2:]
ss = "    # ==== citizen reception (issue 6): add entries below this line ===="
se = "    # ==== end of citizen reception ===="
i3 = y.index(ss); j3 = y.index(se, i3)
y = y[:i3] + ss + "\n" + open('schemas.yaml').read().rstrip('\n') + "\n" + y[j3:]
# parameters: own block at the end of components/parameters (before "  headers:")
k = y.index("\n  headers:\n")
y = y[:k] + "\n" + PARAMS + y[k:]
open('../openapi/openapi.yaml','w').write(y)
print("written")
