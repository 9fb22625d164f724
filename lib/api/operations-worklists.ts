// The worklists' and the changes feed's operations (issue 11 item 5), listed in lib/api/operations.ts.
import type { Operation } from "./operations";
import { ChangesQuery, ChangesResponse, WorklistCountsResponse, WorklistPage, WorklistQuery } from "@/lib/validation/worklists";

export const WORKLIST_OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/worklists",
    operationId: "listWorklists",
    tag: "worklists",
    summary:
      "我的待办清单及各自件数：单位领导 toSign（待签发）；经办人 returned（被退回的答复）、unopened（新交办未查看）、opinionsDue（待提会办意见）；办公厅 requests（待决定的调整、延期申请）、unassigned（未交办）、overdue（超期）；代表 toRate（待测评）、led（领衔）、cosigned（附议）",
    roles: "所有角色（各有其清单）",
    auth: true,
    response: WorklistCountsResponse,
    status: 200,
    errors: [401],
  },
  {
    method: "GET",
    path: "/worklists/{name}",
    operationId: "getWorklist",
    tag: "worklists",
    summary: "一个待办清单的一页（按等待时间从早到晚；代表的领衔、附议建议从新到旧），每项指向其建议",
    roles: "清单所属角色；其他清单 404",
    auth: true,
    query: WorklistQuery,
    response: WorklistPage,
    status: 200,
    errors: [400, 401, 404],
  },
  {
    method: "GET",
    path: "/changes",
    operationId: "listChanges",
    tag: "worklists",
    summary:
      "自 cursor 以来有变更的建议及其当前状态（供保存副本的平台同步）。按事务号与序号排序，只读到仍在进行的最早事务之前，晚提交的事务不会被跳过；cursor 不是时间戳",
    roles: "OFFICE、LEADER、ADMIN",
    auth: true,
    query: ChangesQuery,
    response: ChangesResponse,
    status: 200,
    errors: [400, 401, 403],
  },
];
